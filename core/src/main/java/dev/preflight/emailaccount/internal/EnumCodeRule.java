package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.EnumCode;
import dev.preflight.emailaccount.IncomingServerType;
import dev.preflight.emailaccount.MessageDeletionPolicy;
import dev.preflight.emailaccount.Property;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** {@code enum-code}: IncomingServerType and DeleteMessageSettings must be known codes. */
final class EnumCodeRule {
  private static final EnumCode[] SERVER_TYPES = IncomingServerType.values();
  private static final EnumCode[] DELETION_POLICIES = MessageDeletionPolicy.values();

  static final String SERVER_TYPE_MESSAGE = oneOf(SERVER_TYPES);
  static final String DELETION_POLICY_MESSAGE = oneOf(DELETION_POLICIES);

  private EnumCodeRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    if (!(value instanceof Integer code)) {
      return null;
    }
    boolean serverType = property == Property.INCOMING_SERVER_TYPE;
    EnumCode[] known = serverType ? SERVER_TYPES : DELETION_POLICIES;
    for (EnumCode candidate : known) {
      if (candidate.code() == code) {
        return null;
      }
    }
    return serverType ? SERVER_TYPE_MESSAGE : DELETION_POLICY_MESSAGE;
  }

  /** {@code must be one of: 1 (DontDelete), 2 (DeleteOnReceive), …}. */
  private static String oneOf(EnumCode[] values) {
    StringJoiner codes = new StringJoiner(", ", "must be one of: ", "");
    for (EnumCode value : values) {
      codes.add(value.code() + " (" + value.apiName() + ")");
    }
    return codes.toString();
  }
}
