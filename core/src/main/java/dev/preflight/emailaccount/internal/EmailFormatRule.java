package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code email-format}: a present, non-blank e-mail property must look deliverable. */
final class EmailFormatRule {
  static final String MESSAGE = "is not a valid email address";

  private EmailFormatRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof String s && !Text.isBlank(s) && !EmailAddresses.isValid(s) ? MESSAGE : null;
  }
}
