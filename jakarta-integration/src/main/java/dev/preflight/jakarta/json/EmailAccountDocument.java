package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.validation.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An EmailAccount together with the JSON object it was read from, so that writing it back loses
 * nothing: Nexudus clears every property a PUT omits, and its records hold more members than the
 * 23 of {@link EmailAccount} ({@code SystemId}, {@code IncomingServerPassword}, {@code
 * CustomFields}…).
 *
 * <p>{@link #toJson()} is the object as received, with only the values of the known properties
 * that {@link #with} changed replaced (a property cleared by the change is written as {@code
 * null}) and the known properties it set that were absent added at the end, in documented order.
 * Every other member, known or unknown, is written back exactly as received, in its place.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the record (secrets hidden) and the names
 * of the other members, never their values.
 */
public final class EmailAccountDocument {
  private final String json;
  private final List<JsonText.Member> members;
  private final EmailAccount received;
  private final EmailAccount account;
  /** What {@link #toJson()} returns, written once: it is sent, scrubbed for and compared. */
  private final String written;

  private EmailAccountDocument(String json, List<JsonText.Member> members, EmailAccount received, EmailAccount account) {
    this.json = json;
    this.members = members;
    this.received = received;
    this.account = account;
    this.written = write();
  }

  /** A document holding {@code account} alone: its JSON is {@link EmailAccountJson#toJson}'s. */
  public static EmailAccountDocument of(EmailAccount account) {
    Objects.requireNonNull(account, "account == null");
    String json = EmailAccountJson.toJson(account);
    return new EmailAccountDocument(json, List.copyOf(JsonText.members(json)), account, account);
  }

  /**
   * The document in {@code body}, when {@code reader} reads a whole record from it (no reading
   * error); empty otherwise. Read with a non-strict reader so that unknown members are kept, not
   * reported.
   */
  public static Optional<EmailAccountDocument> read(EmailAccountJsonReader reader, byte[] body) {
    Optional<EmailAccount> account = reader.read(body).record();
    if (account.isEmpty()) {
      return Optional.empty();
    }
    String json = new String(body, StandardCharsets.UTF_8);
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1);
    }
    return Optional.of(new EmailAccountDocument(json, List.copyOf(JsonText.members(json)), account.get(), account.get()));
  }

  /** The record, with any change made by {@link #with}. */
  public EmailAccount account() {
    return account;
  }

  /** This document with {@code change} applied to its record; the other members stay as they are. */
  public EmailAccountDocument with(UnaryOperator<EmailAccount.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    EmailAccount.Builder changed = Objects.requireNonNull(change.apply(account.toBuilder()), "change returned null");
    return new EmailAccountDocument(json, members, received, changed.build());
  }

  /** The names of the members that are not {@link EmailAccount} properties, in the order received. */
  public List<String> otherMemberNames() {
    List<String> names = new ArrayList<>();
    for (JsonText.Member member : members) {
      if (Property.fromWireName(member.name()) == null) {
        names.add(member.name());
      }
    }
    return names;
  }

  /** The JSON object to send: as received, with the record's changes written in (see the class). */
  public String toJson() {
    return written;
  }

  private String write() {
    if (account.equals(received)) {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length() + 64);
    Set<Property> present = EnumSet.noneOf(Property.class);
    int copied = 0;
    for (JsonText.Member member : members) {
      Property property = Property.fromWireName(member.name());
      if (property == null) {
        continue;
      }
      present.add(property);
      if (changed(property)) {
        out.append(json, copied, member.valueStart()).append(valueJson(property.valueIn(account)));
        copied = member.valueEnd();
      }
    }
    int end = JsonText.objectEnd(json);
    out.append(json, copied, end);
    boolean first = members.isEmpty();
    for (Property property : Property.values()) {
      Object value = property.valueIn(account);
      if (value != null && !present.contains(property)) {
        out.append(first ? "" : ",").append(JsonStrings.quote(property.wireName())).append(':').append(valueJson(value));
        first = false;
      }
    }
    return out.append(json, end, json.length()).toString();
  }

  private boolean changed(Property property) {
    return !Objects.equals(property.valueIn(received), property.valueIn(account));
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
