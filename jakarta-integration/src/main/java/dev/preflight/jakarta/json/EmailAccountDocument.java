package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Operation;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of an EmailAccount {@link EntityDocument}: the record as an {@link EmailAccount},
 * changed through its builder, written back without losing a member. Nexudus clears every property
 * a PUT omits, and its records hold more members than the 23 of {@link EmailAccount} ({@code
 * SystemId}, {@code IncomingServerPassword}, {@code CustomFields}…).
 *
 * <p>{@link #toJson()} is the document as received, with only the values of the properties that
 * {@link #with} changed replaced in their place (a property cleared by the change is written as
 * {@code null}) and the properties it set that were absent added at the end, in documented order.
 * Every other member, known or unknown, is written back exactly as received.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the record (secrets hidden) and the names
 * of the other members, never their values.
 */
public final class EmailAccountDocument {
  private final EntityDocument received;
  private final EmailAccount receivedAccount;
  private final EmailAccount account;
  /** {@code received} with the changes from {@code receivedAccount} to {@code account} written in. */
  private final EntityDocument document;

  private EmailAccountDocument(EntityDocument received, EmailAccount receivedAccount, EmailAccount account) {
    this.received = received;
    this.receivedAccount = receivedAccount;
    this.account = account;
    this.document = write();
  }

  /**
   * The view of {@code document}, when it reads as a whole EmailAccount.
   *
   * @throws IllegalArgumentException if it is a document of another entity
   */
  public static Optional<EmailAccountDocument> of(EntityDocument document) {
    Objects.requireNonNull(document, "document == null");
    if (!document.entity().recordName().equals(EmailAccount.RECORD_NAME)) {
      throw new IllegalArgumentException("a " + document.entity().recordName() + " document is not an EmailAccount");
    }
    return document.record().map(record -> {
      EmailAccount account = EmailAccount.from(record);
      return new EmailAccountDocument(document, account, account);
    });
  }

  /** A document holding {@code account} alone: its JSON is {@link EmailAccountJson#toJson}'s. */
  public static EmailAccountDocument of(EmailAccount account) {
    Objects.requireNonNull(account, "account == null");
    EntityDocument document = EntityDocument.of(standardDoor(), EmailAccountJson.toJson(account));
    return new EmailAccountDocument(document, account, account);
  }

  /**
   * The document in {@code body}, when {@code door} reads a whole record from it (no reading
   * error); empty otherwise. Read with a non-strict door so that unknown members are kept, not
   * reported.
   */
  public static Optional<EmailAccountDocument> read(JsonValidator door, byte[] body) {
    return EntityDocument.read(door, body).flatMap(EmailAccountDocument::of);
  }

  /** The document in {@code json}, read by the standard EmailAccount door. */
  public static Optional<EmailAccountDocument> read(String json) {
    return read(standardDoor(), json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonValidator standardDoor() {
    return JsonValidators.standard().validator(EmailAccount.ENTITY_NAME, Operation.UPDATE);
  }

  /** The record, with any change made by {@link #with}. */
  public EmailAccount account() {
    return account;
  }

  /** The document this view shows, with the changes written in: what a client sends. */
  public EntityDocument document() {
    return document;
  }

  /** This document with {@code change} applied to its record; the other members stay as they are. */
  public EmailAccountDocument with(UnaryOperator<EmailAccount.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    EmailAccount.Builder changed = Objects.requireNonNull(change.apply(account.toBuilder()), "change returned null");
    return new EmailAccountDocument(received, receivedAccount, changed.build());
  }

  /** The names of the members that are not {@link EmailAccount} properties, in the order received. */
  public List<String> otherMemberNames() {
    return received.memberNames().stream().filter(name -> Property.fromWireName(name) == null).toList();
  }

  /** The JSON object to send: as received, with the record's changes written in (see the class). */
  public String toJson() {
    return document.toJson();
  }

  private EntityDocument write() {
    EntityDocument written = received;
    for (Property property : Property.values()) {
      Object value = property.valueIn(account);
      if (!Objects.equals(property.valueIn(receivedAccount), value)) {
        written = written.withValueJson(property.wireName(), valueJson(value));
      }
    }
    return written;
  }

  private static String valueJson(@Nullable Object value) {
    return value == null ? "null" : value instanceof String text ? JsonStrings.quote(text) : value.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmailAccountDocument that && toJson().equals(that.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "EmailAccountDocument[" + account + ", otherMembers=" + otherMemberNames() + "]";
  }
}
