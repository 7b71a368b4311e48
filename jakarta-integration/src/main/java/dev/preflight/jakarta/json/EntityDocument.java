package dev.preflight.jakarta.json;

import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.validation.JsonStrings;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import dev.preflight.catalogue.Entity;
import dev.preflight.validation.ReadResult;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.WireNames;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record of any catalogue entity as the JSON object it was read from, so that writing it back
 * loses nothing: Nexudus clears every property a PUT omits, and its records hold more members than
 * the references list (names of linked records, {@code UpdatedOn}, collections…).
 *
 * <p>{@link #toJson()} is the object as received, with only the members that {@link #with} set
 * replaced in their place (the member already there is found as the server finds names: exactly,
 * else ignoring case), and the members it set that were absent added at the end. Every other member
 * is written back exactly as received.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the entity, the Id and the member names,
 * never a value.
 */
public final class EntityDocument {
  private static final String ID = "Id";

  private final JsonValidator reader;
  private final String json;
  private final List<JsonText.Member> members;
  /** What the reader makes of the text: read when first asked for, so a chain of changes reads once. */
  private volatile @Nullable ReadResult<EntityRecord> read;

  private EntityDocument(JsonValidator reader, String json, @Nullable ReadResult<EntityRecord> read) {
    this.reader = reader;
    this.json = json;
    this.members = List.copyOf(JsonText.members(json));
    this.read = read;
  }

  private ReadResult<EntityRecord> read() {
    ReadResult<EntityRecord> done = read;
    if (done == null) {
      done = reader.read(json);
      read = done;
    }
    return done;
  }

  /**
   * The document in {@code body}, when {@code reader} reads a whole record from it (no reading
   * error); empty otherwise. Read with a non-strict reader so that unknown members are kept, not
   * reported.
   */
  public static Optional<EntityDocument> read(JsonValidator reader, byte[] body) {
    Objects.requireNonNull(reader, "reader == null");
    ReadResult<EntityRecord> read = reader.read(body);
    if (read.record().isEmpty()) {
      return Optional.empty();
    }
    String json = new String(body, StandardCharsets.UTF_8);
    return Optional.of(new EntityDocument(reader, json.startsWith("\uFEFF") ? json.substring(1) : json, read));
  }

  /**
   * A document holding {@code record} as written by your code, for a create (or a {@code PUT} of a
   * record you hold whole): it is read as a body would be, so a member of the wrong JSON type is a
   * reading error of {@link #validate}, not an exception.
   */
  public static EntityDocument of(JsonValidator reader, JsonObject record) {
    return of(Objects.requireNonNull(reader, "reader == null"), Objects.requireNonNull(record, "record == null").toString());
  }

  /** A document of {@code json}, one JSON object written by this library (a typed view's record). */
  static EntityDocument of(JsonValidator reader, String json) {
    return new EntityDocument(reader, json, null);
  }

  public Entity entity() {
    return reader.entity();
  }

  /** The door that read it (a typed view reads with its limits). */
  JsonValidator reader() {
    return reader;
  }

  /** The record's {@code Id}, or null when it has none (or not an integer). */
  public @Nullable Long id() {
    JsonText.Member member = member(ID);
    if (member == null) {
      return null;
    }
    try {
      return Long.parseLong(json.substring(member.valueStart(), member.valueEnd()));
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  /** The record, when the document reads as a whole one (a change may have given a member a wrong type). */
  public Optional<EntityRecord> record() {
    return read().record();
  }

  /** The envelope the server would answer to this document: reading errors and {@code validator}'s. */
  public ValidationResponse validate(Validator validator) {
    return read().validate(validator::validate);
  }

  /**
   * This document with member {@code name} set to {@code value} ({@link JsonValue#NULL} clears
   * it); every other member stays as it is. Chain calls to set several.
   *
   * @throws IllegalArgumentException if {@code name} is {@code Id}: the Id names the record
   */
  public EntityDocument with(String name, JsonValue value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (WireNames.equalsIgnoreCase(name, ID)) {
      throw new IllegalArgumentException("the Id names the record and is not changed");
    }
    return withValueJson(name, value.toString());
  }

  /** This document with member {@code name} set to {@code valueJson}, one JSON value; the Id too (for a typed view). */
  EntityDocument withValueJson(String name, String valueJson) {
    JsonText.Member member = member(name);
    String changed;
    if (member != null) {
      changed = json.substring(0, member.valueStart()) + valueJson + json.substring(member.valueEnd());
    } else {
      int end = JsonText.objectEnd(json);
      changed = json.substring(0, end) + (members.isEmpty() ? "" : ",") + JsonStrings.quote(name) + ":" + valueJson
          + json.substring(end);
    }
    return new EntityDocument(reader, changed, null);
  }

  /** The member so named (exactly, else ignoring case, as the server matches names), if present. */
  public Optional<JsonValue> value(String name) {
    JsonText.Member member = member(Objects.requireNonNull(name, "name == null"));
    if (member == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.createReader(new StringReader(json.substring(member.valueStart(), member.valueEnd())))
          .readValue());
    } catch (JsonParsingException unreadable) {
      return Optional.empty();
    }
  }

  /** The names of every member, in the order held. */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>(members.size());
    for (JsonText.Member member : members) {
      names.add(member.name());
    }
    return names;
  }

  /** The JSON object to send: as received, with the changes written in (see the class). */
  public String toJson() {
    return json;
  }

  private JsonText.@Nullable Member member(String name) {
    for (JsonText.Member member : members) {
      if (member.name().equals(name)) {
        return member;
      }
    }
    for (JsonText.Member member : members) {
      if (WireNames.equalsIgnoreCase(member.name(), name)) {
        return member;
      }
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EntityDocument that && entity().equals(that.entity()) && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "EntityDocument[" + entity().recordName() + " " + id() + ", members=" + memberNames() + "]";
  }
}
