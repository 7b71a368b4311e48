package dev.preflight.emailaccount.validation.spi;

import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import org.jspecify.annotations.Nullable;

/** Where a {@link Rule} reports the errors it finds. Used by one validation on one thread. */
public interface RuleContext {

  /** What the record is being validated for. */
  Operation operation();

  /**
   * Reports an error on a documented property; its AttemptedValue is the property's value in the
   * record ({@code ***} for the access tokens).
   */
  void report(Property property, String message);

  /**
   * Reports an error under any property name. A name that matches a documented property
   * (case-insensitively) is reported in its canonical spelling and ordered with it; other names
   * come after every documented property, in the order reported.
   *
   * @param attemptedValue a String, Boolean, Integer, Long, BigInteger, BigDecimal or null
   */
  void report(String propertyName, @Nullable Object attemptedValue, String message);
}
