package dev.preflight.internal;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EnumValue;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.CatalogueRecords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Tests generated from every descriptor of the catalogue, for CREATE and UPDATE. */
class EveryEntityTest {
  private static Stream<Entity> writable() {
    return EntityCatalogue.standard().entities().stream().filter(e -> !e.operations().isEmpty());
  }

  private static Stream<Operation> operations(Entity entity) {
    return Stream.of(Operation.CREATE, Operation.UPDATE).filter(entity::supports);
  }

  @TestFactory
  Stream<DynamicTest> aMinimalRecordAndAFullRecordPass() {
    return writable().flatMap(entity -> operations(entity).flatMap(operation -> Stream.of(
        DynamicTest.dynamicTest(entity.name() + " minimal, " + operation, () -> {
          ValidationResponse response = CatalogueValidator.of(entity, Operation.UPDATE, List.of()).forOperation(operation)
              .validate(CatalogueRecords.minimal(entity));
          assertThat(response.errors()).isEmpty();
          assertThat(EnvelopeJson.toJson(response)).isEqualTo("{\"Message\":\"" + entity.recordName() + " was successfully "
              + (operation == Operation.UPDATE ? "updated" : "created") + ".\",\"Value\":{\"Id\":1001},\"Errors\":null,"
              + "\"WasSuccessful\":true}");
        }),
        DynamicTest.dynamicTest(entity.name() + " full, " + operation, () -> assertThat(
            CatalogueValidator.of(entity, Operation.UPDATE, List.of()).forOperation(operation).validate(CatalogueRecords.full(entity)).errors())
            .isEmpty()))));
  }

  @TestFactory
  Stream<DynamicTest> eachRequiredFieldMissingIsReportedAlone() {
    List<DynamicTest> tests = new ArrayList<>();
    writable().forEach(entity -> operations(entity).forEach(operation -> {
      CatalogueValidator validator = CatalogueValidator.of(entity, Operation.UPDATE, List.of()).forOperation(operation);
      for (Field field : entity.fields()) {
        if (!field.enforcedAsRequired() || operation == Operation.UPDATE && field.createOnly()) {
          continue; // a create-only field is not sent on UPDATE, so it cannot be missing there (decision 0011)
        }
        EntityRecord full = CatalogueRecords.full(entity);
        tests.add(DynamicTest.dynamicTest(entity.name() + "." + field.wireName() + " missing, " + operation, () -> {
          for (EntityRecord record : List.of(CatalogueRecords.without(full, field), blank(full, field))) {
            ValidationResponse response = validator.validate(record);
            assertThat(response.message()).isEqualTo(field.wireName() + ": is a required field");
            assertThat(response.errors()).containsExactly(new ValidationError(field.wireName(), field.shown(record.value(field)),
                "is a required field"));
          }
        }));
      }
    }));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> anUnknownEnumCodeIsReportedWithTheCodes() {
    List<DynamicTest> tests = new ArrayList<>();
    writable().forEach(entity -> entity.fields().stream()
        .filter(field -> field.type() == FieldType.ENUM && !field.enumValues().isEmpty())
        .forEach(field -> tests.add(DynamicTest.dynamicTest(entity.name() + "." + field.wireName(), () -> {
          long unknown = field.enumValues().stream().mapToLong(EnumValue::code).max().orElseThrow() + 1;
          EntityRecord record = CatalogueRecords.with(CatalogueRecords.full(entity), field, unknown);

          ValidationResponse response = CatalogueValidator.of(entity, Operation.UPDATE, List.of()).validate(record);

          assertThat(response.errors()).containsExactly(new ValidationError(field.wireName(), unknown,
              CatalogueRule.enumMessage(field)));
          assertThat(CatalogueRule.enumMessage(field)).startsWith("must be one of: " + field.enumValues().get(0).code()
              + " (" + field.enumValues().get(0).name() + ")");
        }))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aDateTimeThatIsNotOneIsReported() {
    List<DynamicTest> tests = new ArrayList<>();
    writable().forEach(entity -> entity.fields().stream()
        .filter(field -> field.type() == FieldType.DATE_TIME)
        .forEach(field -> tests.add(DynamicTest.dynamicTest(entity.name() + "." + field.wireName(), () -> {
          EntityRecord full = CatalogueRecords.full(entity);
          CatalogueValidator validator = CatalogueValidator.of(entity, Operation.UPDATE, List.of());

          assertThat(validator.validate(CatalogueRecords.with(full, field, "2026-02-30T09:30:00Z")).errors())
              .containsExactly(new ValidationError(field.wireName(), "2026-02-30T09:30:00Z", "is not a valid date and time"));
          assertThat(validator.validate(CatalogueRecords.with(full, field, "2026-12-05")).errors())
              .containsExactly(new ValidationError(field.wireName(), "2026-12-05", "is not a valid date and time"));
          assertThat(validator.validate(CatalogueRecords.with(full, field, "2026-12-05T09:30:00.1234567+01:00")).errors())
              .isEmpty();
        }))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> updateRequiresAnIdAndCreateDoesNot() {
    return writable().map(entity -> DynamicTest.dynamicTest(entity.name(), () -> {
      EntityRecord noId = EntityRecord.of(entity, null, java.util.Map.of(), List.of());
      EntityRecord minimal = CatalogueRecords.minimal(entity);
      EntityRecord zeroId = EntityRecord.of(entity, 0L, fields(minimal), List.of());

      assertThat(CatalogueValidator.of(entity, Operation.UPDATE, List.of()).validate(zeroId).errors())
          .containsExactly(new ValidationError("Id", 0L, "is a required field"));
      assertThat(CatalogueValidator.of(entity, Operation.UPDATE, List.of()).validate(noId).errors().get(0))
          .isEqualTo(new ValidationError("Id", null, "is a required field"));
      if (entity.supports(Operation.CREATE)) {
        assertThat(CatalogueValidator.of(entity, Operation.UPDATE, List.of()).forOperation(Operation.CREATE)
            .validate(EntityRecord.of(entity, null, fields(minimal), List.of())).wasSuccessful()).isTrue();
      }
    }));
  }

  private static java.util.Map<Field, Object> fields(EntityRecord record) {
    java.util.Map<Field, Object> values = new java.util.LinkedHashMap<>();
    for (Field field : record.entity().fields()) {
      Object value = record.value(field);
      if (value != null) {
        values.put(field, value);
      }
    }
    return values;
  }

  /** The field's "missing" value that is not null: a blank string, a zero id, an empty collection. */
  private static EntityRecord blank(EntityRecord record, Field field) {
    return switch (field.type()) {
      case STRING -> CatalogueRecords.with(record, field, "  ");
      case LONG -> CatalogueRecords.with(record, field, 0L);
      case CHILDREN -> CatalogueRecords.with(record, field, 0);
      default -> CatalogueRecords.without(record, field);
    };
  }
}
