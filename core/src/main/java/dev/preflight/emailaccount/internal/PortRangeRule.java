package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code port-range}: the two ports must be within 1..65535 (0 included in the failures). */
final class PortRangeRule {
  static final int MIN = 1;
  static final int MAX = 65535;
  static final String MESSAGE = "must be between " + MIN + " and " + MAX;

  private PortRangeRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof Integer port && (port < MIN || port > MAX) ? MESSAGE : null;
  }
}
