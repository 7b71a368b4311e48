package dev.preflight.entity.spi;

import dev.preflight.emailaccount.validation.Operation;
import org.jspecify.annotations.Nullable;

/** Where an {@link EntityRule} reports the errors it finds. Used by one validation on one thread. */
public interface EntityRuleContext {
  /** What the record is being validated for. */
  Operation operation();

  /**
   * Reports an error. A name that is a field of the entity (compared as the server compares names)
   * is reported in its canonical spelling and ordered with it; other names come after every field.
   *
   * @param attemptedValue a String, Boolean, Integer, Long, BigInteger, BigDecimal or null
   */
  void report(String propertyName, @Nullable Object attemptedValue, String message);
}
