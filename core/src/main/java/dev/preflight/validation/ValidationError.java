package dev.preflight.validation;

import dev.preflight.catalogue.WireNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the envelope's {@code Errors}: {@code {"AttemptedValue": …, "Message": …,
 * "PropertyName": …}} on the wire.
 *
 * <p>Everywhere in Preflight an error is given in one order: the property, the value attempted,
 * the message ({@code new ValidationError("DisplayName", null, "is a required field")}, {@code
 * RuleContext.report}).
 *
 * <p>{@code attemptedValue} is the value as sent, keeping its JSON type: a {@code String}, a
 * {@code Boolean}, a number ({@code Integer}, {@code Long}, {@code BigInteger} or {@code
 * BigDecimal}), or {@code null}. When {@code propertyName} names a secret ({@link
 * WireNames#isSecretName}), a text value is always replaced by {@link WireNames#REDACTED}, whoever
 * builds the error (decision 0014).
 *
 * <p>Two errors are equal when their names and messages are and their values are the same JSON
 * value: numbers compare by value whatever their Java type ({@code 99999} read back by the server
 * as a {@code Long} equals the local {@code Integer}), so the local and the server envelope of one
 * record are {@code equals}.
 */
public record ValidationError(String propertyName, @Nullable Object attemptedValue, String message) {

  public ValidationError {
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(propertyName, "propertyName == null");
    if (attemptedValue != null && !isJsonScalar(attemptedValue)) {
      throw new IllegalArgumentException(
          "attemptedValue must be a String, Boolean, Integer, Long, BigInteger or BigDecimal, not a "
              + attemptedValue.getClass().getName());
    }
    if (attemptedValue instanceof String && WireNames.isSecretName(propertyName)) {
      attemptedValue = WireNames.REDACTED;
    }
  }

  /** {@code PropertyName: Message}, the form of the envelope's summary. */
  public String summary() {
    return propertyName + ": " + message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationError that && propertyName.equals(that.propertyName)
        && message.equals(that.message) && Objects.equals(comparable(attemptedValue), comparable(that.attemptedValue));
  }

  @Override
  public int hashCode() {
    return Objects.hash(propertyName, comparable(attemptedValue), message);
  }

  /** A number as its value (a {@code BigDecimal} without trailing zeros); anything else as it is. */
  private static @Nullable Object comparable(@Nullable Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue()).stripTrailingZeros();
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer).stripTrailingZeros();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
    return value;
  }

  private static boolean isJsonScalar(Object value) {
    return value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal;
  }
}
