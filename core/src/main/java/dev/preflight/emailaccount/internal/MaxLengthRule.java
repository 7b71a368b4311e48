package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.BuiltInMessages;
import org.jspecify.annotations.Nullable;

/**
 * {@code max-length}: e-mail addresses at most 254 characters, host names at most 253 (UTF-16
 * code units, as .NET counts a string's length).
 */
final class MaxLengthRule {
  /** One constant per limit: the scanners' own, which the standard path relies on. */
  static final int EMAIL_MAX = EmailAddresses.MAX_LENGTH;
  static final int HOST_MAX = HostNames.MAX_NAME;
  static final String EMAIL_MESSAGE = BuiltInMessages.atMostCharacters(EMAIL_MAX);
  static final String HOST_MESSAGE = BuiltInMessages.atMostCharacters(HOST_MAX);

  private MaxLengthRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    if (!(value instanceof String s)) {
      return null;
    }
    if (Formats.isHost(property)) {
      return s.length() > HOST_MAX ? HOST_MESSAGE : null;
    }
    return s.length() > EMAIL_MAX ? EMAIL_MESSAGE : null;
  }
}
