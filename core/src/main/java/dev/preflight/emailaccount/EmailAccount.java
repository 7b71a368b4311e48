package dev.preflight.emailaccount;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An EmailAccount record as the Nexudus API sends and receives it.
 *
 * <p>Every property may be absent ({@code null}), so that any record, however incomplete, can be
 * validated and reported on. Enum-coded properties hold the code as sent, so a code this library
 * does not know is kept (and reported by validation) rather than lost. {@link #toString()} never
 * shows the two access tokens.
 *
 * <p>Build one with {@link #builder()}; copy one with {@link #toBuilder()}.
 */
public record EmailAccount(
    @Nullable Long id,
    @Nullable Long businessId,
    @Nullable String displayName,
    @Nullable String emailAddress,
    @Nullable String incomingServer,
    @Nullable Integer incomingServerType,
    @Nullable Integer incomingServerPort,
    @Nullable String incomingServerUsername,
    @Nullable Integer deleteMessageSettings,
    @Nullable String outgoingServer,
    @Nullable Integer outgoingServerPort,
    @Nullable String outgoingServerUsername,
    @Nullable Integer lastMessageId,
    @Nullable Integer errorCount,
    @Nullable Boolean active,
    @Nullable Boolean sendNotificationOnNewMessages,
    @Nullable String notificationEmailAddress,
    @Nullable Boolean incomingServerSSL,
    @Nullable Boolean outgoingServerSSL,
    @Nullable String replyToEmail,
    @Nullable String lastCheckTime,
    @Nullable String googleAccessToken,
    @Nullable String office365AccessToken) {
  /** The catalogue's name of the entity: {@code emailaccounts}. */
  public static final String ENTITY_NAME = "emailaccounts";
  /** One record's name, as in the server's messages: {@code EmailAccount}. */
  public static final String RECORD_NAME = "EmailAccount";

  /**
   * The typed view of an EmailAccount record of any door (a rule's, a reader's): its members by
   * wire name, {@code Id} included.
   *
   * @throws IllegalArgumentException if a value does not fit its property (a number out of a
   *     32-bit property's range), which a record read by Preflight never holds
   */
  public static EmailAccount from(EntityRecord record) {
    return EmailAccountRecords.fromRecord(record, null);
  }

  /** This account as a record of the standard catalogue's {@code emailaccounts} entity. */
  public EntityRecord toRecord() {
    return toRecord(EmailAccountRecords.standardEntity());
  }

  /** This account as a record of {@code entity}: each field it has, numbers as {@code Long}. */
  public EntityRecord toRecord(Entity entity) {
    return EmailAccountRecords.toRecord(this, entity);
  }

  /** A builder with every property absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding a copy of this record's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (Property property : Property.values()) {
      builder.set(property, property.valueIn(this));
    }
    return builder;
  }

  /** IncomingServerType as a known enum value; empty when absent or not a known code. */
  public Optional<IncomingServerType> knownIncomingServerType() {
    return incomingServerType == null ? Optional.empty() : IncomingServerType.fromCode(incomingServerType);
  }

  /** DeleteMessageSettings as a known enum value; empty when absent or not a known code. */
  public Optional<MessageDeletionPolicy> knownDeleteMessageSettings() {
    return deleteMessageSettings == null
        ? Optional.empty()
        : MessageDeletionPolicy.fromCode(deleteMessageSettings);
  }

  /** The present properties by wire name, with the access tokens shown as {@code ***}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("EmailAccount[");
    String separator = "";
    for (Property property : Property.values()) {
      Object value = property.shownValueIn(this);
      if (value != null) {
        text.append(separator).append(property.wireName()).append('=').append(value);
        separator = ", ";
      }
    }
    return text.append(']').toString();
  }

  /** Collects values for an {@link EmailAccount}; {@link #build()} copies them. Not thread-safe. */
  public static final class Builder {
    private final Object[] values = new Object[Property.values().length];

    private Builder() {}

    /**
     * Sets any property; {@code value} must be {@code null} or of the property's {@link
     * Property#javaType()}.
     *
     * @throws IllegalArgumentException if the value has another type
     */
    public Builder set(Property property, @Nullable Object value) {
      Objects.requireNonNull(property, "property == null");
      // The four value types are final classes: comparing classes is exact, and cheaper than isInstance.
      if (value != null && value.getClass() != property.javaType()) {
        throw new IllegalArgumentException(
            property.wireName()
                + " holds a "
                + property.javaType().getSimpleName()
                + ", not a "
                + value.getClass().getSimpleName());
      }
      values[property.ordinal()] = value;
      return this;
    }

    public Builder id(@Nullable Long id) {
      return set(Property.ID, id);
    }

    public Builder businessId(@Nullable Long businessId) {
      return set(Property.BUSINESS_ID, businessId);
    }

    public Builder displayName(@Nullable String displayName) {
      return set(Property.DISPLAY_NAME, displayName);
    }

    public Builder emailAddress(@Nullable String emailAddress) {
      return set(Property.EMAIL_ADDRESS, emailAddress);
    }

    public Builder incomingServer(@Nullable String incomingServer) {
      return set(Property.INCOMING_SERVER, incomingServer);
    }

    /** Sets IncomingServerType by its code, known or not. */
    public Builder incomingServerType(@Nullable Integer code) {
      return set(Property.INCOMING_SERVER_TYPE, code);
    }

    public Builder incomingServerType(IncomingServerType type) {
      return set(Property.INCOMING_SERVER_TYPE, type.code());
    }

    public Builder incomingServerPort(@Nullable Integer port) {
      return set(Property.INCOMING_SERVER_PORT, port);
    }

    public Builder incomingServerUsername(@Nullable String username) {
      return set(Property.INCOMING_SERVER_USERNAME, username);
    }

    /** Sets DeleteMessageSettings by its code, known or not. */
    public Builder deleteMessageSettings(@Nullable Integer code) {
      return set(Property.DELETE_MESSAGE_SETTINGS, code);
    }

    public Builder deleteMessageSettings(MessageDeletionPolicy policy) {
      return set(Property.DELETE_MESSAGE_SETTINGS, policy.code());
    }

    public Builder outgoingServer(@Nullable String outgoingServer) {
      return set(Property.OUTGOING_SERVER, outgoingServer);
    }

    public Builder outgoingServerPort(@Nullable Integer port) {
      return set(Property.OUTGOING_SERVER_PORT, port);
    }

    public Builder outgoingServerUsername(@Nullable String username) {
      return set(Property.OUTGOING_SERVER_USERNAME, username);
    }

    public Builder lastMessageId(@Nullable Integer lastMessageId) {
      return set(Property.LAST_MESSAGE_ID, lastMessageId);
    }

    public Builder errorCount(@Nullable Integer errorCount) {
      return set(Property.ERROR_COUNT, errorCount);
    }

    public Builder active(@Nullable Boolean active) {
      return set(Property.ACTIVE, active);
    }

    public Builder sendNotificationOnNewMessages(@Nullable Boolean send) {
      return set(Property.SEND_NOTIFICATION_ON_NEW_MESSAGES, send);
    }

    public Builder notificationEmailAddress(@Nullable String address) {
      return set(Property.NOTIFICATION_EMAIL_ADDRESS, address);
    }

    public Builder incomingServerSSL(@Nullable Boolean ssl) {
      return set(Property.INCOMING_SERVER_SSL, ssl);
    }

    public Builder outgoingServerSSL(@Nullable Boolean ssl) {
      return set(Property.OUTGOING_SERVER_SSL, ssl);
    }

    public Builder replyToEmail(@Nullable String replyToEmail) {
      return set(Property.REPLY_TO_EMAIL, replyToEmail);
    }

    /** Sets LastCheckTime as sent; validation checks that it is an ISO-8601 date-time. */
    public Builder lastCheckTime(@Nullable String lastCheckTime) {
      return set(Property.LAST_CHECK_TIME, lastCheckTime);
    }

    /** Sets LastCheckTime in ISO-8601 form, e.g. {@code 2025-01-15T10:30:00Z}. */
    public Builder lastCheckTime(OffsetDateTime lastCheckTime) {
      return set(Property.LAST_CHECK_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastCheckTime));
    }

    public Builder googleAccessToken(@Nullable String token) {
      return set(Property.GOOGLE_ACCESS_TOKEN, token);
    }

    public Builder office365AccessToken(@Nullable String token) {
      return set(Property.OFFICE365_ACCESS_TOKEN, token);
    }

    /** A new record with the values set so far. */
    public EmailAccount build() {
      return new EmailAccount(
          (Long) values[0],
          (Long) values[1],
          (String) values[2],
          (String) values[3],
          (String) values[4],
          (Integer) values[5],
          (Integer) values[6],
          (String) values[7],
          (Integer) values[8],
          (String) values[9],
          (Integer) values[10],
          (String) values[11],
          (Integer) values[12],
          (Integer) values[13],
          (Boolean) values[14],
          (Boolean) values[15],
          (String) values[16],
          (Boolean) values[17],
          (Boolean) values[18],
          (String) values[19],
          (String) values[20],
          (String) values[21],
          (String) values[22]);
    }

    /** Shows only which properties are set, never their values. */
    @Override
    public String toString() {
      return "EmailAccount.Builder";
    }
  }
}
