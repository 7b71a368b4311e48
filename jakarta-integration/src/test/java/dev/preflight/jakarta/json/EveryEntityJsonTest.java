package dev.preflight.jakarta.json;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validation.ValidationError;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.internal.CatalogueValidator;
import dev.preflight.validation.Validator;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.RandomRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jspecify.annotations.Nullable;

/** Tests generated from every descriptor of the catalogue, through JSON. */
class EveryEntityJsonTest {
  private static Stream<Entity> writable() {
    return EntityCatalogue.standard().entities().stream().filter(e -> !e.operations().isEmpty());
  }

  /** A JSON value of another type, and what the reader echoes of it. */
  private record Wrong(String json, @Nullable Object echoed) {}

  private static Wrong wrongJson(Field field) {
    return switch (field.type()) {
      case LONG, INT, ENUM, DECIMAL -> new Wrong("\"12\"", "12");
      case BOOL -> new Wrong("1", 1L);
      case DATE_TIME -> new Wrong("20261205", 20261205L);
      case STRING -> new Wrong("true", Boolean.TRUE);
      case CHILDREN -> new Wrong("{\"ProductId\":1}", null);
      case LIST -> new Wrong("\"42,43\"", "42,43");
    };
  }

  /** An UPDATE body with an Id and the enforced required fields, and {@code extra} members. */
  private static String minimalJson(Entity entity, String extra) {
    StringBuilder json = new StringBuilder("{\"Id\":1001");
    for (Field field : entity.fields()) {
      if (field.enforcedAsRequired()) {
        json.append(",\"").append(field.wireName()).append("\":").append(RandomRecords.validJson(field));
      }
    }
    return json.append(extra).append('}').toString();
  }

  @TestFactory
  Stream<DynamicTest> aMinimalAndAFullBodyPass() {
    return writable().flatMap(entity -> Stream.of(
        DynamicTest.dynamicTest(entity.name() + " minimal", () -> assertThat(RecordReader.standard(entity)
            .read(minimalJson(entity, "")).validate(CatalogueValidator.of(entity, Operation.UPDATE, List.of())::validate).errors()).isEmpty()),
        DynamicTest.dynamicTest(entity.name() + " full", () -> {
          StringBuilder json = new StringBuilder("{\"Id\":1001");
          for (Field field : entity.fields()) {
            json.append(",\"").append(field.wireName().toLowerCase(java.util.Locale.ROOT)).append("\":")
                .append(RandomRecords.validJson(field));
          }
          assertThat(RecordReader.of(entity, JsonLimits.DEFAULTS, true).read(json.append('}').toString())
              .validate(CatalogueValidator.of(entity, Operation.UPDATE, List.of())::validate).errors()).isEmpty();
        })));
  }

  @TestFactory
  Stream<DynamicTest> aWrongJsonTypeGivesTheTypeMessage() {
    List<DynamicTest> tests = new ArrayList<>();
    writable().forEach(entity -> {
      RecordReader<EntityRecord> reader = RecordReader.standard(entity);
      Validator validator = CatalogueValidator.of(entity, Operation.UPDATE, List.of());
      for (Field field : entity.fields()) {
        Wrong wrong = wrongJson(field);
        tests.add(DynamicTest.dynamicTest(entity.name() + "." + field.wireName() + " = " + wrong.json(), () -> {
          String members = field.enforcedAsRequired() ? "" : ",\"" + field.wireName() + "\":" + wrong.json();
          String json = field.enforcedAsRequired()
              ? minimalJson(entity, "").replace("\"" + field.wireName() + "\":" + RandomRecords.validJson(field),
                  "\"" + field.wireName() + "\":" + wrong.json())
              : minimalJson(entity, members);

          assertThat(reader.read(json).validate(validator::validate).errors()).containsExactly(
              new ValidationError(field.wireName(), field.shown(wrong.echoed()), field.type().wrongTypeMessage()));
        }));
      }
    });
    return tests.stream();
  }
}
