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
  private static final int REQUIRED = 1;
  private static final int POSITIVE_ID = 1 << 1;
  private static final int NON_NEGATIVE = 1 << 2;
  private static final int PORT_RANGE = 1 << 3;
  private static final int ENUM_CODE = 1 << 4;
  private static final int NO_CONTROL_CHARACTERS = 1 << 5;
  private static final int MAX_LENGTH = 1 << 6;
  private static final int EMAIL_FORMAT = 1 << 7;
  private static final int HOST_NAME = 1 << 8;
  private static final int DATE_TIME = 1 << 9;
  private static final int NOTIFICATION_ADDRESS = 1 << 10;
  private static final int SSL_PORT_COHERENCE = 1 << 11;

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
