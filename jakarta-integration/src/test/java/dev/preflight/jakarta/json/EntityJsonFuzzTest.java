package dev.preflight.jakarta.json;

import dev.preflight.catalogue.EntityRecord;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.internal.CatalogueValidator;
import dev.preflight.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any bytes as a record of any catalogue entity, for CREATE or UPDATE, lenient or strict: never an
 * exception, a well-formed envelope that parses back to itself, the same for the same input, and
 * its message the first error's. The committed corpus holds a record of each shape.
 */
class EntityJsonFuzzTest {
  private static final List<Entity> ENTITIES = EntityCatalogue.standard().entities();
  private static final JsonLimits SMALL = new JsonLimits(4096, 8, 256);

  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveAWellFormedDeterministicEnvelope(FuzzedDataProvider data) {
    Entity entity = ENTITIES.get(data.consumeInt(0, ENTITIES.size() - 1));
    boolean strict = data.consumeBoolean();
    Operation operation = data.consumeBoolean() ? Operation.CREATE : Operation.UPDATE;
    byte[] json = data.consumeRemainingAsBytes();
    RecordReader<EntityRecord> reader = strict ? RecordReader.of(entity, SMALL, true) : RecordReader.standard(entity);
    Validator validator = CatalogueValidator.of(entity, operation, List.of());

    ValidationResponse response = reader.read(json).validate(validator::validate);
    String bytes = EnvelopeJson.toJson(response);

    assertThat(EnvelopeJson.toJson(reader.read(json).validate(validator::validate))).isEqualTo(bytes);
    assertThat(response.wasSuccessful()).isEqualTo(response.errors().isEmpty());
    if (!response.wasSuccessful()) {
      assertThat(response.message()).isEqualTo(response.errors().get(0).summary());
    }
    ValidationResponse parsedBack = ValidationResponseJson.parse(bytes.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(EnvelopeJson.toJson(parsedBack)).isEqualTo(bytes);
  }
}
