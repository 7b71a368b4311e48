package dev.preflight.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record of any catalogue entity: its {@code Id} and the value of each field present, as read
 * from JSON. Values keep their JSON type: {@code Long} (long, int and enum fields), {@code
 * BigDecimal} (decimal), {@code Boolean}, {@code String} (strings and date-times, as sent) and
 * {@code Integer} for the number of elements of a child collection. Members the entity does not
 * document are kept by name only. Immutable.
 */
public final class EntityRecord {
  private final Entity entity;
  private final @Nullable Long id;
  private final Map<Field, Object> values;
  private final List<String> unknownMembers;

  private EntityRecord(Entity entity, @Nullable Long id, Map<Field, Object> values, List<String> unknownMembers) {
    this.entity = entity;
    this.id = id;
    this.values = values;
    this.unknownMembers = unknownMembers;
  }

  /** A record of {@code entity}; {@code values} by field, null values left out. */
  public static EntityRecord of(Entity entity, @Nullable Long id, Map<Field, ?> values, List<String> unknownMembers) {
    Objects.requireNonNull(entity, "entity == null");
    Map<Field, Object> copy = new LinkedHashMap<>();
    for (Field field : entity.fields()) {
      Object value = values.get(field);
      if (value != null) {
        copy.put(field, value);
      }
    }
    for (Field field : values.keySet()) {
      if (entity.position(field) < 0) {
        throw new IllegalArgumentException(field.wireName() + " is not a field of " + entity.name());
      }
    }
    return new EntityRecord(entity, id, copy, List.copyOf(unknownMembers));
  }

  public Entity entity() {
    return entity;
  }

  /** The record's {@code Id}, or null when it has none. */
  public @Nullable Long id() {
    return id;
  }

  /** The value of {@code field}, or null when the record does not hold one. */
  public @Nullable Object value(Field field) {
    return values.get(field);
  }

  /** The names, as sent, of members the entity does not document. */
  public List<String> unknownMembers() {
    return unknownMembers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntityRecord that && entity.equals(that.entity) && Objects.equals(id, that.id)
        && values.equals(that.values) && unknownMembers.equals(that.unknownMembers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity.name(), id, values);
  }

  /** The entity, the Id and the names of the fields present; never a value, which may be a secret. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(entity.recordName()).append("[Id=").append(id);
    for (Field field : values.keySet()) {
      text.append(", ").append(field.wireName());
    }
    return text.append(']').toString();
  }
}
