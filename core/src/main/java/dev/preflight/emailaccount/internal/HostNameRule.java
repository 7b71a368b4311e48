package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code host-name}: the two servers must be host names, IDN host names or IP literals. */
final class HostNameRule extends BuiltInRule {
  static final String MESSAGE = "is not a valid host name";

  HostNameRule() {
    super("host-name");
  }

  @Override
  public boolean appliesTo(Property property, Operation operation) {
    return Formats.isHost(property);
  }

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof String s && !HostNames.isHost(s) ? MESSAGE : null;
  }

  @Override
  List<String> messages(Property property) {
    return List.of(MESSAGE);
  }
}
