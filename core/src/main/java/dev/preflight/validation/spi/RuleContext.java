package dev.preflight.validation.spi;

import dev.preflight.catalogue.Operation;
import org.jspecify.annotations.Nullable;

/** Where a {@link Rule} reports the errors it finds. Used by one validation on one thread. */
public interface RuleContext {

  /** What the record is being validated for. */
  Operation operation();

  /**
   * Reports an error. A name that is a documented property of the entity (compared as the server
   * compares names) is reported in its canonical spelling and ordered with it; other names come
   * after every documented property, in the order reported. A secret's value is never shown.
   *
   * @param attemptedValue a String, Boolean, Integer, Long, BigInteger, BigDecimal or null
   */
  void report(String propertyName, @Nullable Object attemptedValue, String message);
}
