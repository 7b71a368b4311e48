package dev.preflight.emailaccount;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of an EmailAccount record and back: an {@link EntityRecord} of the {@code
 * emailaccounts} entity holds numbers as {@code Long}, {@link EmailAccount} holds the 32-bit ones as
 * {@code Integer}.
 */
final class EmailAccountRecords {
  static final String ENTITY_NAME = EmailAccount.ENTITY_NAME;

  private EmailAccountRecords() {}

  /** The {@code emailaccounts} entry of the standard catalogue. */
  static Entity standardEntity() {
    return EntityCatalogue.standard().entity(ENTITY_NAME).orElseThrow(
        () -> new IllegalStateException("the standard catalogue has no " + ENTITY_NAME + " entity"));
  }

  /**
   * The EmailAccount that {@code record} holds; a number out of a 32-bit property's range is left
   * out and reported to {@code errors}, as a reader reports it.
   */
  static EmailAccount fromRecord(EntityRecord record, @Nullable List<ValidationError> errors) {
    EmailAccount.Builder builder = EmailAccount.builder().id(record.id());
    for (Field field : record.entity().fields()) {
      Property property = Property.fromWireName(field.wireName());
      Object value = record.value(field);
      if (property == null || value == null) {
        continue;
      }
      if (property.javaType() == Integer.class && value instanceof Long number) {
        if (number != number.intValue()) {
          if (errors == null) {
            throw new IllegalArgumentException(property.wireName() + " is out of the range of an int: " + number);
          }
          errors.add(InputErrors.wrongType(property.wireName(), number, property.wrongTypeMessage()));
          continue;
        }
        value = number.intValue();
      }
      if (value.getClass() == property.javaType()) {
        builder.set(property, value);
      } else if (errors != null) {
        errors.add(InputErrors.wrongType(property.wireName(), null, property.wrongTypeMessage()));
      } else {
        throw new IllegalArgumentException(property.wireName() + " holds a " + value.getClass().getSimpleName());
      }
    }
    return builder.build();
  }

  /** {@code account} as a record of {@code entity}: each field the entity has, numbers as {@code Long}. */
  static EntityRecord toRecord(EmailAccount account, Entity entity) {
    List<@Nullable Object> values = new ArrayList<>(entity.fields().size());
    for (Field field : entity.fields()) {
      Property property = Property.fromWireName(field.wireName());
      Object value = property == null ? null : property.valueIn(account);
      values.add(value instanceof Integer number ? Long.valueOf(number) : value);
    }
    return EntityRecord.inFieldOrder(entity, account.id(), values, List.of());
  }
}
