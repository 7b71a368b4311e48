package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code positive-id}: Id and BusinessId must not be negative (0 is left to {@code required}). */
final class PositiveIdRule {
  static final String MESSAGE = "must be greater than 0";

  private PositiveIdRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof Long id && id < 0 ? MESSAGE : null;
  }
}
