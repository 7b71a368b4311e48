package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/**
 * {@code required}: the 14 required properties (13 for CREATE, which does not need Id) must be
 * present, strings must not be blank, and Id, BusinessId and the two enum codes must not be 0
 * (what an unset number looks like on the server).
 */
final class RequiredRule {
  static final String MESSAGE = "is a required field";

  private RequiredRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    if (value == null) {
      return MESSAGE;
    }
    if (value instanceof String s) {
      return Text.isBlank(s) ? MESSAGE : null;
    }
    boolean zeroMeansUnset =
        property == Property.ID
            || property == Property.BUSINESS_ID
            || property == Property.INCOMING_SERVER_TYPE
            || property == Property.DELETE_MESSAGE_SETTINGS;
    return zeroMeansUnset && ((Number) value).longValue() == 0 ? MESSAGE : null;
  }
}
