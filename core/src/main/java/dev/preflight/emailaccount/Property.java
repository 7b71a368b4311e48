package dev.preflight.emailaccount;

import dev.preflight.catalogue.WireNames;
import dev.preflight.validation.BuiltInMessages;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The properties of an EmailAccount on the wire, in their documented order.
 *
 * <p>The declaration order is the documented order of the API reference; errors are reported in
 * this order. Every JSON key, error property name and Bean Validation node takes its name from
 * {@link #wireName()}.
 */
public enum Property {
  ID("Id", JsonType.INTEGER, Long.class),
  BUSINESS_ID("BusinessId", JsonType.INTEGER, Long.class),
  DISPLAY_NAME("DisplayName", JsonType.STRING, String.class),
  EMAIL_ADDRESS("EmailAddress", JsonType.STRING, String.class),
  INCOMING_SERVER("IncomingServer", JsonType.STRING, String.class),
  INCOMING_SERVER_TYPE("IncomingServerType", JsonType.INTEGER, Integer.class),
  INCOMING_SERVER_PORT("IncomingServerPort", JsonType.INTEGER, Integer.class),
  INCOMING_SERVER_USERNAME("IncomingServerUsername", JsonType.STRING, String.class),
  DELETE_MESSAGE_SETTINGS("DeleteMessageSettings", JsonType.INTEGER, Integer.class),
  OUTGOING_SERVER("OutgoingServer", JsonType.STRING, String.class),
  OUTGOING_SERVER_PORT("OutgoingServerPort", JsonType.INTEGER, Integer.class),
  OUTGOING_SERVER_USERNAME("OutgoingServerUsername", JsonType.STRING, String.class),
  LAST_MESSAGE_ID("LastMessageId", JsonType.INTEGER, Integer.class),
  ERROR_COUNT("ErrorCount", JsonType.INTEGER, Integer.class),
  ACTIVE("Active", JsonType.BOOLEAN, Boolean.class),
  SEND_NOTIFICATION_ON_NEW_MESSAGES("SendNotificationOnNewMessages", JsonType.BOOLEAN, Boolean.class),
  NOTIFICATION_EMAIL_ADDRESS("NotificationEmailAddress", JsonType.STRING, String.class),
  INCOMING_SERVER_SSL("IncomingServerSSL", JsonType.BOOLEAN, Boolean.class),
  OUTGOING_SERVER_SSL("OutgoingServerSSL", JsonType.BOOLEAN, Boolean.class),
  REPLY_TO_EMAIL("ReplyToEmail", JsonType.STRING, String.class),
  /** An ISO-8601 date-time, kept as the string sent so that a record round-trips unchanged. */
  LAST_CHECK_TIME("LastCheckTime", JsonType.STRING, String.class),
  /** Secret: never printed, logged or echoed. */
  GOOGLE_ACCESS_TOKEN("GoogleAccessToken", JsonType.STRING, String.class),
  /** Secret: never printed, logged or echoed. */
  OFFICE365_ACCESS_TOKEN("Office365AccessToken", JsonType.STRING, String.class);

  /** The properties by the length of their wire names: a lookup compares a few names, no hashing. */
  private static final Property[][] BY_NAME_LENGTH = byNameLength();

  private final String wireName;
  private final JsonType jsonType;
  private final Class<?> javaType;

  Property(String wireName, JsonType jsonType, Class<?> javaType) {
    this.wireName = wireName;
    this.jsonType = jsonType;
    this.javaType = javaType;
  }

  /** The JSON property name, PascalCase exactly as the API reference spells it. */
  public String wireName() {
    return wireName;
  }

  /** The JSON type on the wire. */
  public JsonType jsonType() {
    return jsonType;
  }

  /**
   * The Java type {@link EmailAccount} holds the value in: {@code Long}, {@code Integer} (numbers
   * and enum codes), {@code Boolean} or {@code String}.
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * What a reader reports for a JSON value of another type: {@code is not a valid integer}, {@code
   * … boolean}, {@code … string}, and {@code is not a valid date and time} for LastCheckTime.
   */
  public String wrongTypeMessage() {
    if (this == LAST_CHECK_TIME) {
      return BuiltInMessages.NOT_A_DATE_TIME;
    }
    return switch (jsonType) {
      case INTEGER -> "is not a valid integer";
      case BOOLEAN -> "is not a valid boolean";
      case STRING -> "is not a valid string";
    };
  }

  /** Whether the value is a secret (an access token) that must never be shown. */
  public boolean secret() {
    return this == GOOGLE_ACCESS_TOKEN || this == OFFICE365_ACCESS_TOKEN;
  }

  /** The 1-based position in the documented order. */
  public int position() {
    return ordinal() + 1;
  }

  /**
   * The property with this wire name, compared case-insensitively as ASP.NET model binding does
   * (.NET's ordinal ignore-case: each character upper-cased on its own, so the Kelvin sign U+212A is
   * not a {@code k}), or {@code null} when there is none.
   */
  public static @Nullable Property fromWireName(String name) {
    int length = name.length();
    if (length >= BY_NAME_LENGTH.length) {
      return null;
    }
    Property[] candidates = BY_NAME_LENGTH[length];
    for (Property property : candidates) {
      if (property.wireName.equals(name)) {
        return property;
      }
    }
    for (Property property : candidates) {
      if (WireNames.equalsIgnoreCase(property.wireName, name)) {
        return property;
      }
    }
    return null;
  }


  /**
   * The value of this property in {@code account} as it would be sent (a secret as it is: use
   * {@link #shownValueIn} for anything a person may see).
   */
  public @Nullable Object valueIn(EmailAccount account) {
    return switch (this) {
      case ID -> account.id();
      case BUSINESS_ID -> account.businessId();
      case DISPLAY_NAME -> account.displayName();
      case EMAIL_ADDRESS -> account.emailAddress();
      case INCOMING_SERVER -> account.incomingServer();
      case INCOMING_SERVER_TYPE -> account.incomingServerType();
      case INCOMING_SERVER_PORT -> account.incomingServerPort();
      case INCOMING_SERVER_USERNAME -> account.incomingServerUsername();
      case DELETE_MESSAGE_SETTINGS -> account.deleteMessageSettings();
      case OUTGOING_SERVER -> account.outgoingServer();
      case OUTGOING_SERVER_PORT -> account.outgoingServerPort();
      case OUTGOING_SERVER_USERNAME -> account.outgoingServerUsername();
      case LAST_MESSAGE_ID -> account.lastMessageId();
      case ERROR_COUNT -> account.errorCount();
      case ACTIVE -> account.active();
      case SEND_NOTIFICATION_ON_NEW_MESSAGES -> account.sendNotificationOnNewMessages();
      case NOTIFICATION_EMAIL_ADDRESS -> account.notificationEmailAddress();
      case INCOMING_SERVER_SSL -> account.incomingServerSSL();
      case OUTGOING_SERVER_SSL -> account.outgoingServerSSL();
      case REPLY_TO_EMAIL -> account.replyToEmail();
      case LAST_CHECK_TIME -> account.lastCheckTime();
      case GOOGLE_ACCESS_TOKEN -> account.googleAccessToken();
      case OFFICE365_ACCESS_TOKEN -> account.office365AccessToken();
    };
  }

  private static Property[][] byNameLength() {
    int longest = 0;
    for (Property property : values()) {
      longest = Math.max(longest, property.wireName.length());
    }
    Property[][] table = new Property[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int n = length;
      table[length] = Arrays.stream(values()).filter(p -> p.wireName.length() == n).toArray(Property[]::new);
    }
    return table;
  }

  /** The value as it may be shown to a person: {@link WireNames#REDACTED} for a present secret. */
  public @Nullable Object shownValueIn(EmailAccount account) {
    return redact(valueIn(account));
  }

  /** {@code value} as it may be shown for this property: {@link WireNames#REDACTED} if it is a secret. */
  public @Nullable Object redact(@Nullable Object value) {
    return value != null && secret() ? WireNames.REDACTED : value;
  }
}
