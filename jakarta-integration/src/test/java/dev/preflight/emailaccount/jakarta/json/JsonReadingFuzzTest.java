package dev.preflight.emailaccount.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.ValidationResponse;

/**
 * Any bytes through reader and validator: never an exception, always a well-formed envelope that
 * parses back to itself, and the same bytes for the same input. The committed corpus holds the
 * seed examples and hostile shapes.
 */
class JsonReadingFuzzTest {
  private final EmailAccountJsonReader lenient = EmailAccountJsonReader.standard();
  private final EmailAccountJsonReader strict = EmailAccountJsonReader.of(new JsonLimits(4096, 8, 256), true);
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveAWellFormedDeterministicEnvelope(FuzzedDataProvider data) {
    boolean useStrict = data.consumeBoolean();
    byte[] json = data.consumeRemainingAsBytes();
    EmailAccountJsonReader reader = useStrict ? strict : lenient;

    ValidationResponse response = reader.read(json).validate(validator);
    String bytes = ValidationResponseJson.toJson(response);

    assertThat(ValidationResponseJson.toJson(reader.read(json).validate(validator))).isEqualTo(bytes);
    assertThat(response.wasSuccessful()).isEqualTo(response.errors().isEmpty());
    if (!response.wasSuccessful()) {
      assertThat(response.message()).isEqualTo(response.errors().get(0).summary());
    }
    ValidationResponse parsedBack = ValidationResponseJson.parse(bytes.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .orElseThrow();
    assertThat(ValidationResponseJson.toJson(parsedBack)).isEqualTo(bytes);
  }

  @FuzzTest(maxDuration = "30s")
  void anyBytesAsAnArrayGiveWellFormedDeterministicEnvelopes(FuzzedDataProvider data) throws java.io.IOException {
    byte[] json = data.consumeRemainingAsBytes();

    java.util.List<String> envelopes = arrayEnvelopes(json);

    assertThat(arrayEnvelopes(json)).isEqualTo(envelopes);
    for (String envelope : envelopes) {
      ValidationResponse parsedBack = ValidationResponseJson.parse(envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .orElseThrow();
      assertThat(ValidationResponseJson.toJson(parsedBack)).isEqualTo(envelope);
    }
  }

  private java.util.List<String> arrayEnvelopes(byte[] json) throws java.io.IOException {
    java.util.List<String> envelopes = new java.util.ArrayList<>();
    strict.readArray(new java.io.ByteArrayInputStream(json),
        result -> envelopes.add(ValidationResponseJson.toJson(result.validate(validator))));
    return envelopes;
  }
}
