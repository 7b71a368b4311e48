package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.BuiltInMessages;
import dev.preflight.validation.DateTimes;
import org.jspecify.annotations.Nullable;

/**
 * {@code date-time}: a present, non-blank LastCheckTime must be an ISO-8601 date-time (a blank
 * one is read by the server as absent).
 */
final class DateTimeRule {
  /** Also the JSON reader's message for a LastCheckTime of the wrong JSON type. */
  static final String MESSAGE = BuiltInMessages.NOT_A_DATE_TIME;

  private DateTimeRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof String s && !Text.isBlank(s) && !DateTimes.isDateTime(s) ? MESSAGE : null;
  }
}
