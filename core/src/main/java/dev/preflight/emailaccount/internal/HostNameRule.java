package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code host-name}: the two servers must be host names, IDN host names or IP literals. */
final class HostNameRule {
  static final String MESSAGE = "is not a valid host name";

  private HostNameRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof String s && !HostNames.isHost(s) ? MESSAGE : null;
  }
}
