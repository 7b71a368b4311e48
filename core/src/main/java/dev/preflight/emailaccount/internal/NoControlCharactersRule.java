package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/** {@code no-control-characters}: no string property may hold U+0000..U+001F or U+007F. */
final class NoControlCharactersRule {
  static final String MESSAGE = "must not contain control characters";

  private NoControlCharactersRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    if (value instanceof String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        if (Text.isControl(s.charAt(i))) {
          return MESSAGE;
        }
      }
    }
    return null;
  }
}
