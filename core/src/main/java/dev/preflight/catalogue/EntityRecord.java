package dev.preflight.catalogue;

import java.util.Arrays;
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
  /** By position in {@link Entity#fields()}; null where the record holds no value. */
  private final @Nullable Object[] values;
  private final List<String> unknownMembers;

  private EntityRecord(Entity entity, @Nullable Long id, @Nullable Object[] values, List<String> unknownMembers) {
    this.entity = entity;
    this.id = id;
    this.values = values;
    this.unknownMembers = unknownMembers;
  }

  /** A record of {@code entity}; {@code values} by field, null values left out. */
  public static EntityRecord of(Entity entity, @Nullable Long id, Map<Field, ?> values, List<String> unknownMembers) {
    Objects.requireNonNull(entity, "entity == null");
    @Nullable Object[] byPosition = new Object[entity.fields().size()];
    for (Map.Entry<Field, ?> entry : values.entrySet()) {
      int position = entity.position(entry.getKey());
      if (position < 0) {
        throw new IllegalArgumentException(entry.getKey().wireName() + " is not a field of " + entity.name());
      }
      byPosition[position] = entry.getValue();
    }
    return new EntityRecord(entity, id, byPosition, List.copyOf(unknownMembers));
  }

  /** A record of {@code entity} with the value of each field at its position in {@link Entity#fields()}, null where absent. */
  public static EntityRecord inFieldOrder(Entity entity, @Nullable Long id, List<?> values,
      List<String> unknownMembers) {
    Objects.requireNonNull(entity, "entity == null");
    if (values.size() != entity.fields().size()) {
      throw new IllegalArgumentException(values.size() + " values for the " + entity.fields().size() + " fields of "
          + entity.name());
    }
    return new EntityRecord(entity, id, values.toArray(), List.copyOf(unknownMembers));
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
    int position = entity.position(field);
    return position < 0 ? null : values[position];
  }

  /** The value of the field at {@code position} in {@link Entity#fields()}, or null. */
  public @Nullable Object valueAt(int position) {
    return values[position];
  }

  /** The names, as sent, of members the entity does not document. */
  public List<String> unknownMembers() {
    return unknownMembers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntityRecord that && entity.equals(that.entity) && Objects.equals(id, that.id)
        && Arrays.equals(values, that.values) && unknownMembers.equals(that.unknownMembers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity.name(), id, Arrays.hashCode(values));
  }

  /** The entity, the Id and the names of the fields present; never a value, which may be a secret. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(entity.recordName()).append("[Id=").append(id);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        text.append(", ").append(entity.fields().get(i).wireName());
      }
    }
    return text.append(']').toString();
  }
}
