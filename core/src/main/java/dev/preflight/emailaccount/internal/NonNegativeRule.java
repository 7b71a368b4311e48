package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code non-negative}: LastMessageId and ErrorCount must not be negative. */
final class NonNegativeRule extends BuiltInRule {
  static final String MESSAGE = "must be greater than or equal to 0";

  NonNegativeRule() {
    super("non-negative");
  }

  @Override
  public boolean appliesTo(Property property, Operation operation) {
    return property == Property.LAST_MESSAGE_ID || property == Property.ERROR_COUNT;
  }

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    return value instanceof Integer n && n < 0 ? MESSAGE : null;
  }

  @Override
  List<String> messages(Property property) {
    return List.of(MESSAGE);
  }
}
