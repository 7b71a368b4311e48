package dev.preflight.emailaccount.internal;

import static dev.preflight.emailaccount.Property.BUSINESS_ID;
import static dev.preflight.emailaccount.Property.DELETE_MESSAGE_SETTINGS;
import static dev.preflight.emailaccount.Property.DISPLAY_NAME;
import static dev.preflight.emailaccount.Property.EMAIL_ADDRESS;
import static dev.preflight.emailaccount.Property.ERROR_COUNT;
import static dev.preflight.emailaccount.Property.GOOGLE_ACCESS_TOKEN;
import static dev.preflight.emailaccount.Property.ID;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_PORT;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_SSL;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_TYPE;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_USERNAME;
import static dev.preflight.emailaccount.Property.LAST_CHECK_TIME;
import static dev.preflight.emailaccount.Property.LAST_MESSAGE_ID;
import static dev.preflight.emailaccount.Property.NOTIFICATION_EMAIL_ADDRESS;
import static dev.preflight.emailaccount.Property.OFFICE365_ACCESS_TOKEN;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_PORT;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_SSL;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_USERNAME;
import static dev.preflight.emailaccount.Property.REPLY_TO_EMAIL;
import static dev.preflight.emailaccount.internal.BuiltInRule.DATE_TIME;
import static dev.preflight.emailaccount.internal.BuiltInRule.EMAIL_FORMAT;
import static dev.preflight.emailaccount.internal.BuiltInRule.ENUM_CODE;
import static dev.preflight.emailaccount.internal.BuiltInRule.HOST_NAME;
import static dev.preflight.emailaccount.internal.BuiltInRule.MAX_LENGTH;
import static dev.preflight.emailaccount.internal.BuiltInRule.NON_NEGATIVE;
import static dev.preflight.emailaccount.internal.BuiltInRule.NOTIFICATION_ADDRESS;
import static dev.preflight.emailaccount.internal.BuiltInRule.NO_CONTROL_CHARACTERS;
import static dev.preflight.emailaccount.internal.BuiltInRule.PORT_RANGE;
import static dev.preflight.emailaccount.internal.BuiltInRule.POSITIVE_ID;
import static dev.preflight.emailaccount.internal.BuiltInRule.REQUIRED;
import static dev.preflight.emailaccount.internal.BuiltInRule.SSL_PORT_COHERENCE;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.ValidationError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The standard configuration (every built-in rule, for UPDATE, or for CREATE where Id is not
 * required) unrolled property by property, with constant properties so the JIT folds each rule's
 * property tests away. It runs the same static checks as {@link BuiltInChecks}, in the same order;
 * {@code StandardChecksTest} holds the two paths equal on random records.
 *
 * <p>{@link #MASKS} is written out by hand from the code below, not computed from the catalogue:
 * when a rule's reach changes, the validator's masks no longer equal it, so {@link #implement}
 * turns this path off (the generic engine runs, correct and slower) and {@code StandardChecksTest}
 * fails until this class follows.
 */
public final class StandardChecks {
  /** The rules this unrolled path checks on each property (by ordinal) for UPDATE, as masks of rule bits. */
  static final int[] MASKS = masks(
      new BuiltInRule[][] {
        {REQUIRED, POSITIVE_ID},                                                      // Id
        {REQUIRED, POSITIVE_ID},                                                      // BusinessId
        {REQUIRED, NO_CONTROL_CHARACTERS},                                            // DisplayName
        {REQUIRED, NO_CONTROL_CHARACTERS, MAX_LENGTH, EMAIL_FORMAT},                  // EmailAddress
        {REQUIRED, NO_CONTROL_CHARACTERS, MAX_LENGTH, HOST_NAME},                     // IncomingServer
        {REQUIRED, ENUM_CODE},                                                        // IncomingServerType
        {REQUIRED, PORT_RANGE},                                                       // IncomingServerPort
        {REQUIRED, NO_CONTROL_CHARACTERS},                                            // IncomingServerUsername
        {REQUIRED, ENUM_CODE},                                                        // DeleteMessageSettings
        {REQUIRED, NO_CONTROL_CHARACTERS, MAX_LENGTH, HOST_NAME},                     // OutgoingServer
        {REQUIRED, PORT_RANGE},                                                       // OutgoingServerPort
        {REQUIRED, NO_CONTROL_CHARACTERS},                                            // OutgoingServerUsername
        {REQUIRED, NON_NEGATIVE},                                                     // LastMessageId
        {REQUIRED, NON_NEGATIVE},                                                     // ErrorCount
        {},                                                                           // Active
        {},                                                                           // SendNotificationOnNewMessages
        {NO_CONTROL_CHARACTERS, MAX_LENGTH, EMAIL_FORMAT, NOTIFICATION_ADDRESS},      // NotificationEmailAddress
        {SSL_PORT_COHERENCE},                                                         // IncomingServerSSL
        {SSL_PORT_COHERENCE},                                                         // OutgoingServerSSL
        {NO_CONTROL_CHARACTERS, MAX_LENGTH, EMAIL_FORMAT},                            // ReplyToEmail
        {NO_CONTROL_CHARACTERS, DATE_TIME},                                           // LastCheckTime
        {NO_CONTROL_CHARACTERS},                                                      // GoogleAccessToken
        {NO_CONTROL_CHARACTERS},                                                      // Office365AccessToken
      });

  /** The same for CREATE: Id is not required (the one difference between the two, see {@link #errors}). */
  static final int[] CREATE_MASKS = withoutRequiredId(MASKS);

  private StandardChecks() {}

  /** Whether {@code masks} (one per property ordinal) is a configuration this class unrolls. */
  public static boolean implement(int[] masks) {
    return Arrays.equals(masks, MASKS) || Arrays.equals(masks, CREATE_MASKS);
  }

  /** Whether {@code masks}, which this class {@link #implement}s, require Id (UPDATE) or not (CREATE). */
  public static boolean requiresId(int[] masks) {
    return (masks[ID.ordinal()] & REQUIRED.bit()) != 0;
  }

  /** The built-in errors of {@code a} in contract order, or {@code null} when there are none. */
  public static @Nullable List<ValidationError> errors(EmailAccount a, boolean requireId) {
    List<ValidationError> errors = null;
    Long id = a.id();
    errors = add(errors, ID, id, or(requireId ? RequiredRule.check(ID, id, a) : null, PositiveIdRule.check(ID, id, a)));
    Long businessId = a.businessId();
    errors = add(errors, BUSINESS_ID, businessId,
        or(RequiredRule.check(BUSINESS_ID, businessId, a), PositiveIdRule.check(BUSINESS_ID, businessId, a)));
    errors = text(errors, DISPLAY_NAME, a.displayName(), a);
    errors = email(errors, EMAIL_ADDRESS, a.emailAddress(), true, a);
    errors = host(errors, INCOMING_SERVER, a.incomingServer(), a);
    errors = code(errors, INCOMING_SERVER_TYPE, a.incomingServerType(), a);
    errors = port(errors, INCOMING_SERVER_PORT, a.incomingServerPort(), a);
    errors = text(errors, INCOMING_SERVER_USERNAME, a.incomingServerUsername(), a);
    errors = code(errors, DELETE_MESSAGE_SETTINGS, a.deleteMessageSettings(), a);
    errors = host(errors, OUTGOING_SERVER, a.outgoingServer(), a);
    errors = port(errors, OUTGOING_SERVER_PORT, a.outgoingServerPort(), a);
    errors = text(errors, OUTGOING_SERVER_USERNAME, a.outgoingServerUsername(), a);
    errors = counter(errors, LAST_MESSAGE_ID, a.lastMessageId(), a);
    errors = counter(errors, ERROR_COUNT, a.errorCount(), a);
    String notification = a.notificationEmailAddress();
    errors = add(errors, NOTIFICATION_EMAIL_ADDRESS, notification, or(emailFailure(NOTIFICATION_EMAIL_ADDRESS, notification, false, a),
        NotificationAddressRule.check(NOTIFICATION_EMAIL_ADDRESS, notification, a)));
    Boolean incomingSsl = a.incomingServerSSL();
    errors = add(errors, INCOMING_SERVER_SSL, incomingSsl, SslPortCoherenceRule.check(INCOMING_SERVER_SSL, incomingSsl, a));
    Boolean outgoingSsl = a.outgoingServerSSL();
    errors = add(errors, OUTGOING_SERVER_SSL, outgoingSsl, SslPortCoherenceRule.check(OUTGOING_SERVER_SSL, outgoingSsl, a));
    errors = email(errors, REPLY_TO_EMAIL, a.replyToEmail(), false, a);
    String lastCheck = a.lastCheckTime();
    errors = add(errors, LAST_CHECK_TIME, lastCheck,
        or(NoControlCharactersRule.check(LAST_CHECK_TIME, lastCheck, a), DateTimeRule.check(LAST_CHECK_TIME, lastCheck, a)));
    String google = a.googleAccessToken();
    errors = add(errors, GOOGLE_ACCESS_TOKEN, google, NoControlCharactersRule.check(GOOGLE_ACCESS_TOKEN, google, a));
    String office = a.office365AccessToken();
    return add(errors, OFFICE365_ACCESS_TOKEN, office, NoControlCharactersRule.check(OFFICE365_ACCESS_TOKEN, office, a));
  }

  private static @Nullable List<ValidationError> text(
      @Nullable List<ValidationError> errors, Property p, @Nullable String value, EmailAccount a) {
    return add(errors, p, value, or(RequiredRule.check(p, value, a), NoControlCharactersRule.check(p, value, a)));
  }

  private static @Nullable List<ValidationError> email(
      @Nullable List<ValidationError> errors, Property p, @Nullable String value, boolean required, EmailAccount a) {
    return add(errors, p, value, emailFailure(p, value, required, a));
  }

  private static @Nullable String emailFailure(Property p, @Nullable String value, boolean required, EmailAccount a) {
    if (value != null && EmailAddresses.isValid(value)) {
      // A valid address is not blank, holds no control character and is at most 254 characters:
      // every check below would pass, so the one scan is enough (ScannersRejectControlsTest and
      // ScannersFuzzTest hold this).
      return null;
    }
    String message = required ? RequiredRule.check(p, value, a) : null;
    message = or(message, NoControlCharactersRule.check(p, value, a));
    message = or(message, MaxLengthRule.check(p, value, a));
    return or(message, EmailFormatRule.check(p, value, a));
  }

  private static @Nullable List<ValidationError> host(
      @Nullable List<ValidationError> errors, Property p, @Nullable String value, EmailAccount a) {
    if (value != null && value.length() <= MaxLengthRule.HOST_MAX && HostNames.isHost(value)) {
      // A valid host is not blank and holds no control character: every check below would pass.
      return errors;
    }
    String message = or(RequiredRule.check(p, value, a), NoControlCharactersRule.check(p, value, a));
    message = or(message, MaxLengthRule.check(p, value, a));
    return add(errors, p, value, or(message, HostNameRule.check(p, value, a)));
  }

  private static @Nullable List<ValidationError> code(
      @Nullable List<ValidationError> errors, Property p, @Nullable Integer value, EmailAccount a) {
    return add(errors, p, value, or(RequiredRule.check(p, value, a), EnumCodeRule.check(p, value, a)));
  }

  private static @Nullable List<ValidationError> port(
      @Nullable List<ValidationError> errors, Property p, @Nullable Integer value, EmailAccount a) {
    return add(errors, p, value, or(RequiredRule.check(p, value, a), PortRangeRule.check(p, value, a)));
  }

  private static @Nullable List<ValidationError> counter(
      @Nullable List<ValidationError> errors, Property p, @Nullable Integer value, EmailAccount a) {
    return add(errors, p, value, or(RequiredRule.check(p, value, a), NonNegativeRule.check(p, value, a)));
  }

  /** The first failure: {@code first} if there is one. (Both are computed: checks are cheap and pure.) */
  private static @Nullable String or(@Nullable String first, @Nullable String second) {
    return first != null ? first : second;
  }

  private static @Nullable List<ValidationError> add(
      @Nullable List<ValidationError> errors, Property p, @Nullable Object value, @Nullable String message) {
    if (message == null) {
      return errors;
    }
    List<ValidationError> list = errors == null ? new ArrayList<>() : errors;
    list.add(new ValidationError(p.wireName(), value, message));
    return list;
  }

  private static int[] withoutRequiredId(int[] masks) {
    int[] create = masks.clone();
    create[ID.ordinal()] &= ~REQUIRED.bit();
    return create;
  }

  private static int[] masks(BuiltInRule[][] rulesByProperty) {
    if (rulesByProperty.length != Property.values().length) {
      throw new IllegalStateException("StandardChecks.MASKS needs one row per property");
    }
    int[] masks = new int[rulesByProperty.length];
    for (int i = 0; i < rulesByProperty.length; i++) {
      for (BuiltInRule rule : rulesByProperty[i]) {
        masks[i] |= rule.bit();
      }
    }
    return masks;
  }
}
