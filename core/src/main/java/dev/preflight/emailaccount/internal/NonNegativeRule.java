package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code non-negative}: LastMessageId and ErrorCount must not be negative. */
final class NonNegativeRule {
  static final String MESSAGE = "must be greater than or equal to 0";

  private NonNegativeRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof Integer n && n < 0 ? MESSAGE : null;
  }
}
