package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code required}: the 14 required properties (13 for CREATE, which does not need Id) must be
 * present, strings must not be blank, and Id, BusinessId and the two enum codes must not be 0
 * (what an unset number looks like on the server).
 */
final class RequiredRule extends BuiltInRule {
  static final String MESSAGE = "is a required field";

  RequiredRule() {
    super("required");
  }

  @Override
  public boolean appliesTo(Property property, Operation operation) {
    return switch (property) {
      case ID -> operation == Operation.UPDATE;
      case BUSINESS_ID, DISPLAY_NAME, EMAIL_ADDRESS, INCOMING_SERVER, INCOMING_SERVER_TYPE,
          INCOMING_SERVER_PORT, INCOMING_SERVER_USERNAME, DELETE_MESSAGE_SETTINGS, OUTGOING_SERVER,
          OUTGOING_SERVER_PORT, OUTGOING_SERVER_USERNAME, LAST_MESSAGE_ID, ERROR_COUNT -> true;
      default -> false;
    };
  }

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

  @Override
  List<String> messages(Property property) {
    return List.of(MESSAGE);
  }
}
