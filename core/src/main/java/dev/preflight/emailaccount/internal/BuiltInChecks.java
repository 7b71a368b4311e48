package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/**
 * Runs the built-in rules enabled on a property, in the contract's table order, and returns the
 * first failure: the hot path of validation. A mask of enabled rules (one {@link BuiltInRule#bit()}
 * each) gates plain static calls, so a valid record costs a chain of predictable branches and no
 * dynamic dispatch or allocation.
 */
public final class BuiltInChecks {
  // Each rule's bit, taken from its place in BuiltInRule.ALL (the table order).
  private static final int REQUIRED = BuiltInRule.bitOf(RequiredRule.class);
  private static final int POSITIVE_ID = BuiltInRule.bitOf(PositiveIdRule.class);
  private static final int NON_NEGATIVE = BuiltInRule.bitOf(NonNegativeRule.class);
  private static final int PORT_RANGE = BuiltInRule.bitOf(PortRangeRule.class);
  private static final int ENUM_CODE = BuiltInRule.bitOf(EnumCodeRule.class);
  private static final int NO_CONTROL_CHARACTERS = BuiltInRule.bitOf(NoControlCharactersRule.class);
  private static final int MAX_LENGTH = BuiltInRule.bitOf(MaxLengthRule.class);
  private static final int EMAIL_FORMAT = BuiltInRule.bitOf(EmailFormatRule.class);
  private static final int HOST_NAME = BuiltInRule.bitOf(HostNameRule.class);
  private static final int DATE_TIME = BuiltInRule.bitOf(DateTimeRule.class);
  private static final int NOTIFICATION_ADDRESS = BuiltInRule.bitOf(NotificationAddressRule.class);
  private static final int SSL_PORT_COHERENCE = BuiltInRule.bitOf(SslPortCoherenceRule.class);

  private BuiltInChecks() {}

  /**
   * The message of the first rule in {@code enabled} that {@code value} (the value of {@code
   * property} in {@code account}) breaks, or {@code null}.
   */
  public static @Nullable String firstFailure(int enabled, Property property, @Nullable Object value, EmailAccount account) {
    String message = null;
    if ((enabled & REQUIRED) != 0) {
      message = RequiredRule.check(property, value, account);
    }
    if (message == null && (enabled & POSITIVE_ID) != 0) {
      message = PositiveIdRule.check(property, value, account);
    }
    if (message == null && (enabled & NON_NEGATIVE) != 0) {
      message = NonNegativeRule.check(property, value, account);
    }
    if (message == null && (enabled & PORT_RANGE) != 0) {
      message = PortRangeRule.check(property, value, account);
    }
    if (message == null && (enabled & ENUM_CODE) != 0) {
      message = EnumCodeRule.check(property, value, account);
    }
    if (message == null && (enabled & NO_CONTROL_CHARACTERS) != 0) {
      message = NoControlCharactersRule.check(property, value, account);
    }
    if (message == null && (enabled & MAX_LENGTH) != 0) {
      message = MaxLengthRule.check(property, value, account);
    }
    if (message == null && (enabled & EMAIL_FORMAT) != 0) {
      message = EmailFormatRule.check(property, value, account);
    }
    if (message == null && (enabled & HOST_NAME) != 0) {
      message = HostNameRule.check(property, value, account);
    }
    if (message == null && (enabled & DATE_TIME) != 0) {
      message = DateTimeRule.check(property, value, account);
    }
    if (message == null && (enabled & NOTIFICATION_ADDRESS) != 0) {
      message = NotificationAddressRule.check(property, value, account);
    }
    if (message == null && (enabled & SSL_PORT_COHERENCE) != 0) {
      message = SslPortCoherenceRule.check(property, value, account);
    }
    return message;
  }
}
