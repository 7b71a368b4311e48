package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;

/**
 * Any bytes through reader and validator: never an exception, always a well-formed envelope that
 * parses back to itself, and the same bytes for the same input. The committed corpus holds the
 * seed examples and hostile shapes.
 */
class JsonReadingFuzzTest {
  private final RecordReader<EmailAccount> lenient = RecordReader.emailAccounts();
  private final RecordReader<EmailAccount> strict = RecordReader.emailAccounts(new JsonLimits(4096, 8, 256), true);
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveAWellFormedDeterministicEnvelope(FuzzedDataProvider data) {
    boolean useStrict = data.consumeBoolean();
    byte[] json = data.consumeRemainingAsBytes();
    RecordReader<EmailAccount> reader = useStrict ? strict : lenient;

    ValidationResponse response = reader.read(json).validate(validator::validate);
    String bytes = EnvelopeJson.toJson(response);

    assertThat(EnvelopeJson.toJson(reader.read(json).validate(validator::validate))).isEqualTo(bytes);
    assertThat(response.wasSuccessful()).isEqualTo(response.errors().isEmpty());
    if (!response.wasSuccessful()) {
      assertThat(response.message()).isEqualTo(response.errors().get(0).summary());
    }
    ValidationResponse parsedBack = ValidationResponseJson.parse(bytes.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .orElseThrow();
    assertThat(EnvelopeJson.toJson(parsedBack)).isEqualTo(bytes);
  }

  @FuzzTest(maxDuration = "30s")
  void anyBytesAsAnArrayGiveWellFormedDeterministicEnvelopes(FuzzedDataProvider data) throws java.io.IOException {
    byte[] json = data.consumeRemainingAsBytes();

    java.util.List<String> envelopes = arrayEnvelopes(json);

    assertThat(arrayEnvelopes(json)).isEqualTo(envelopes);
    for (String envelope : envelopes) {
      ValidationResponse parsedBack = ValidationResponseJson.parse(envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .orElseThrow();
      assertThat(EnvelopeJson.toJson(parsedBack)).isEqualTo(envelope);
    }
  }

  /**
   * An array of well-formed elements, some nested beyond the depth limit (as whole elements or in a
   * member, with objects or arrays): read to its end, one result per element, and an element gets
   * {@code is nested too deeply} exactly when it is deeper than the limit.
   */
  @FuzzTest(maxDuration = "30s")
  void nestingNeverEndsAnArrayEarly(FuzzedDataProvider data) throws java.io.IOException {
    int elements = data.consumeInt(1, 12);
    StringBuilder json = new StringBuilder("[");
    java.util.List<Boolean> tooDeep = new java.util.ArrayList<>();
    for (int i = 0; i < elements; i++) {
      int depth = data.consumeInt(1, 40);
      boolean asMember = data.consumeBoolean();
      StringBuilder nest = new StringBuilder();
      StringBuilder close = new StringBuilder();
      for (int level = 0; level < depth; level++) {
        boolean object = data.consumeBoolean();
        nest.append(object ? "{\"k\":" : "[");
        close.insert(0, object ? "}" : "]");
      }
      String inner = nest + data.pickValue(new String[] {"1", "\"]}\"", "null", "[]", "{}"}) + close;
      // Levels count from the array (1); as a member of a record, the nest starts below the record.
      json.append(i == 0 ? "" : ",").append(asMember ? "{\"Id\":1,\"x\":" + inner + ",\"y\":2}" : inner);
      int deepest = 1 + (asMember ? 1 : 0) + depth + (inner.contains("[]") || inner.contains("{}") ? 1 : 0);
      tooDeep.add(deepest > 8);
    }
    json.append("]");
    java.util.List<ReadResult<EmailAccount>> results = new java.util.ArrayList<>();

    boolean complete = strict.readArray(new java.io.ByteArrayInputStream(json.toString().getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), results::add);

    assertThat(complete).isTrue();
    assertThat(results).hasSize(elements);
    for (int i = 0; i < elements; i++) {
      boolean reportedTooDeep = results.get(i).errors().contains(InputErrors.nestedTooDeeply());
      assertThat(reportedTooDeep).as("element %d of %s", i, json).isEqualTo(tooDeep.get(i));
    }
  }

  private java.util.List<String> arrayEnvelopes(byte[] json) throws java.io.IOException {
    java.util.List<String> envelopes = new java.util.ArrayList<>();
    strict.readArray(new java.io.ByteArrayInputStream(json),
        result -> envelopes.add(EnvelopeJson.toJson(result.validate(validator::validate))));
    return envelopes;
  }
}
