package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/**
 * {@code notification-address}: NotificationEmailAddress is required when
 * SendNotificationOnNewMessages is true.
 */
final class NotificationAddressRule {
  static final String MESSAGE = "is required when SendNotificationOnNewMessages is enabled";

  private NotificationAddressRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    boolean notifying = Boolean.TRUE.equals(account.sendNotificationOnNewMessages());
    boolean missing = !(value instanceof String s) || Text.isBlank(s);
    return notifying && missing ? MESSAGE : null;
  }
}
