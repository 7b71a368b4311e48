package dev.preflight.model;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.WireNames;
import dev.preflight.validation.JsonStrings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed record of one catalogue entity: the base of the models generated from the catalogue
 * (module {@code preflight-entities}, package {@code dev.preflight.entities}, one per entity: {@code Booking}, {@code Coworker}…).
 *
 * <p>A model holds its {@code Id} and the value of each field it has, by field, in the Java type of
 * the field's catalogue type: {@code Long} (long), {@code Integer} (int, and an enum's code, known or
 * not), {@code BigDecimal} (decimal), {@code Boolean} (bool), {@code String} (string, and a
 * date-time exactly as sent), a list of the child entity's models (an inline child collection) and a
 * list of plain values (a list field: {@code Long}, {@code BigDecimal}, {@code String}, {@code
 * Boolean}, null, {@code List} or {@code Map}, as the catalogue does not type its elements).
 * Absent is {@code null}. Members of the JSON that are not the entity's fields (names Nexudus
 * adds, such as {@code ResourceName}, or an inline element's properties its entity lacks) are kept
 * as {@link #otherMembers()}, plain values in the order read. {@link #toRecord()} is the same record
 * as the JSON doors read it, so the one engine gives a model and its JSON the same envelope
 * (docs/models.md).
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows {@code ***} for a secret's value (a
 * secret field, or another member named like one).
 */
public abstract class EntityModel {
  private final ModelType<?> modelType;
  private final @Nullable Long id;
  private final @Nullable Object[] values;
  private final Map<String, Object> others;
  private final EntityRecord record;

  /**
   * For the generated models only: {@code values} are by position in the entity's fields, of each
   * field's model type (checked by {@link ModelBuilder} and {@link ModelType}), and are not copied,
   * nor are {@code others} (unmodifiable, checked plain values); {@code record} is their record when
   * the caller holds it (null: made from them).
   */
  protected EntityModel(ModelType<?> modelType, @Nullable Long id, @Nullable Object[] values,
      Map<String, Object> others, @Nullable EntityRecord record) {
    this.modelType = modelType;
    this.id = id;
    this.values = values;
    this.others = others;
    this.record = record != null ? record : EntityRecord.inFieldOrder(modelType.entity(), id,
        Arrays.asList(recordValues(modelType, values)), List.copyOf(others.keySet()));
  }

  /** The values as an {@link EntityRecord} holds them: numbers as {@code Long}, collections by their size. */
  private static @Nullable Object[] recordValues(ModelType<?> modelType, @Nullable Object[] values) {
    @Nullable Object[] recordValues = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Integer number) {
        recordValues[i] = (long) number;
      } else if (value instanceof List<?> elements) {
        recordValues[i] = elements.size();
      } else {
        recordValues[i] = value;
      }
    }
    return recordValues;
  }

  /** What this model is a model of. */
  public final ModelType<?> modelType() {
    return modelType;
  }

  /** The record's {@code Id}, or null when it has none (a record to create). */
  public final @Nullable Long id() {
    return id;
  }

  /** The value of {@code field} (one of this entity's), or null when absent. */
  public final @Nullable Object value(Field field) {
    int position = modelType.entity().position(field);
    if (position < 0) {
      throw new IllegalArgumentException(field.wireName() + " is not a field of " + modelType.entity().name());
    }
    return values[position];
  }

  /**
   * The members that are not the entity's fields nor {@code Id}, by name in the order read, as plain
   * values ({@code Long}, {@code BigDecimal}, {@code String}, {@code Boolean}, null, {@code List},
   * {@code Map}); unmodifiable.
   */
  public final Map<String, Object> otherMembers() {
    return others;
  }

  /** The value of the field at {@code position} in {@link Entity#fields()}, or null when absent. */
  protected final @Nullable Object valueAt(int position) {
    return values[position];
  }

  /** A model like this one with the field at {@code position} set to {@code value} (null clears it). */
  protected final <M extends EntityModel> M with(int position, @Nullable Object value) {
    @Nullable Object[] changed = values.clone();
    changed[position] = modelType.checked(position, value);
    return modelType.<M>cast().create(id, changed, others);
  }

  /** A model like this one with the {@code Id} {@code id}. */
  protected final <M extends EntityModel> M withIdOf(@Nullable Long id) {
    return modelType.<M>cast().create(id, values, others);
  }

  /**
   * This record as the engine validates it: the same record the JSON doors read from {@link
   * #toJson()} (numbers as {@code Long}, an inline collection or a list by its number of elements).
   */
  public final EntityRecord toRecord() {
    return record;
  }

  /**
   * This record as one JSON object: {@code Id} first, then every field present in the catalogue's
   * order, then the other members in theirs; numbers as Java writes them ({@code BigDecimal} keeps
   * its scale), strings escaped as the envelope escapes them. A read-modify-write keeps what the server sent through the JSON
   * documents of {@code preflight-jakarta} instead, which rewrite only what changed.
   */
  public final String toJson() {
    StringBuilder json = new StringBuilder(64 + 24 * values.length);
    appendJson(json);
    return json.toString();
  }

  /** The JSON of {@code field}'s value: {@code null} when absent. */
  public final String jsonOf(Field field) {
    return toJsonValue(value(field));
  }

  /** A value a model holds (a field's, an other member's, an element) as JSON, as {@link #toJson()} writes it. */
  public static String toJsonValue(@Nullable Object value) {
    StringBuilder json = new StringBuilder();
    appendValue(value, json);
    return json.toString();
  }

  private void appendJson(StringBuilder json) {
    json.append('{');
    String separator = "";
    if (id != null) {
      json.append("\"Id\":").append(id.longValue());
      separator = ",";
    }
    List<Field> fields = modelType.entity().fields();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        json.append(separator).append('"').append(fields.get(i).wireName()).append("\":");
        appendValue(values[i], json);
        separator = ",";
      }
    }
    for (Map.Entry<String, Object> member : others.entrySet()) {
      json.append(separator);
      JsonStrings.appendQuoted(member.getKey(), json).append(':');
      appendValue(member.getValue(), json);
      separator = ",";
    }
    json.append('}');
  }

  private static void appendValue(@Nullable Object value, StringBuilder json) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof String text) {
      JsonStrings.appendQuoted(text, json);
    } else if (value instanceof EntityModel child) {
      child.appendJson(json);
    } else if (value instanceof List<?> elements) {
      json.append('[');
      for (int i = 0; i < elements.size(); i++) {
        json.append(i == 0 ? "" : ",");
        appendValue(elements.get(i), json);
      }
      json.append(']');
    } else if (value instanceof Map<?, ?> members) {
      json.append('{');
      String separator = "";
      for (Map.Entry<?, ?> member : members.entrySet()) {
        json.append(separator);
        JsonStrings.appendQuoted(String.valueOf(member.getKey()), json);
        json.append(':');
        appendValue(member.getValue(), json);
        separator = ",";
      }
      json.append('}');
    } else if (value instanceof BigDecimal decimal) {
      json.append(decimal);
    } else {
      json.append(value); // Long, Integer, Boolean
    }
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other instanceof EntityModel that && modelType == that.modelType && Objects.equals(id, that.id)
        && Arrays.equals(values, that.values) && others.equals(that.others);
  }

  @Override
  public final int hashCode() {
    return 31 * (31 * Objects.hashCode(id) + Arrays.hashCode(values)) + others.hashCode();
  }

  /** {@code Booking[Id=1001, ResourceId=12, …]}: the values present, {@code ***} for a secret's, then the other members'. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(modelType.entity().recordName()).append('[');
    String separator = "";
    if (id != null) {
      text.append("Id=").append(id);
      separator = ", ";
    }
    List<Field> fields = modelType.entity().fields();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        text.append(separator).append(fields.get(i).wireName()).append('=').append(fields.get(i).shown(values[i]));
        separator = ", ";
      }
    }
    for (Map.Entry<String, Object> member : others.entrySet()) {
      text.append(separator).append(member.getKey()).append('=')
          .append(WireNames.isSecretName(member.getKey()) ? WireNames.REDACTED : member.getValue());
      separator = ", ";
    }
    return text.append(']').toString();
  }
}
