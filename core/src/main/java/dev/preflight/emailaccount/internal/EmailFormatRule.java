package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code email-format}: a present, non-blank e-mail property must look deliverable. */
final class EmailFormatRule extends BuiltInRule {
  static final String MESSAGE = "is not a valid email address";

  EmailFormatRule() {
    super("email-format");
  }

  @Override
  public boolean appliesTo(Property property, Operation operation) {
    return Formats.isEmail(property);
  }

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof String s && !Text.isBlank(s) && !EmailAddresses.isValid(s) ? MESSAGE : null;
  }

  @Override
  List<String> messages(Property property) {
    return List.of(MESSAGE);
  }
}
