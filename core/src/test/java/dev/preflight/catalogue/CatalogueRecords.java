package dev.preflight.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records built from a descriptor alone: the least a valid one holds, and one with every field. */
public final class CatalogueRecords {
  private CatalogueRecords() {}

  /** A valid value of {@code field}'s type. */
  public static Object validValue(Field field) {
    return switch (field.type()) {
      case LONG -> 42L;
      case INT -> 7L;
      case DECIMAL -> new BigDecimal("12.50");
      case BOOL -> Boolean.TRUE;
      case DATE_TIME -> "2026-12-05T09:30:00Z";
      case STRING -> "text";
      case ENUM -> field.enumValues().isEmpty() ? 1L : (long) field.enumValues().get(0).code();
      case CHILDREN, LIST -> 1;
    };
  }

  /** The enforced required fields only, and an Id. */
  public static EntityRecord minimal(Entity entity) {
    Map<Field, Object> values = new LinkedHashMap<>();
    for (Field field : entity.fields()) {
      if (field.enforcedAsRequired()) {
        values.put(field, validValue(field));
      }
    }
    return EntityRecord.of(entity, 1001L, values, List.of());
  }

  /** Every field with a valid value, and an Id. */
  public static EntityRecord full(Entity entity) {
    Map<Field, Object> values = new LinkedHashMap<>();
    for (Field field : entity.fields()) {
      values.put(field, validValue(field));
    }
    return EntityRecord.of(entity, 1001L, values, List.of());
  }

  /** {@code record} without {@code field}. */
  public static EntityRecord without(EntityRecord record, Field field) {
    Map<Field, Object> values = new LinkedHashMap<>();
    for (Field each : record.entity().fields()) {
      Object value = record.value(each);
      if (value != null && !each.equals(field)) {
        values.put(each, value);
      }
    }
    return EntityRecord.of(record.entity(), record.id(), values, record.unknownMembers());
  }

  /** {@code record} with {@code field} set to {@code value}. */
  public static EntityRecord with(EntityRecord record, Field field, Object value) {
    Map<Field, Object> values = new LinkedHashMap<>();
    for (Field each : record.entity().fields()) {
      Object present = each.equals(field) ? value : record.value(each);
      if (present != null) {
        values.put(each, present);
      }
    }
    return EntityRecord.of(record.entity(), record.id(), values, record.unknownMembers());
  }
}
