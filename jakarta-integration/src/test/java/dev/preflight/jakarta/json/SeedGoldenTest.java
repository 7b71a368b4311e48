package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.JsonText;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's request and response examples, replayed byte for byte (white space normalised). */
class SeedGoldenTest {
  private static final Path EXAMPLES = Path.of("../docs/examples");
  private final RecordReader<EmailAccount> reader = RecordReader.emailAccounts();
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  private static String example(String name) throws Exception {
    return Files.readString(EXAMPLES.resolve(name));
  }

  @Test
  void seedRequestWithoutDisplayNameGivesTheSeeds400BodyByteForByte() throws Exception {
    ValidationResponse response = reader.read(example("update-request-without-display-name.json")).validate(validator::validate);

    assertThat(EnvelopeJson.toJson(response)).isEqualTo(JsonText.compact(example("seed-400-response.json")));
  }

  @Test
  void seedRequestReadsAsTheFixtureAndIsValid() throws Exception {
    ReadResult<EmailAccount> result = reader.read(example("update-request.json"));

    assertThat(result.record()).contains(Fixtures.validAccount());
    assertThat(EnvelopeJson.toJson(result.validate(validator::validate))).isEqualTo(
        "{\"Message\":\"EmailAccount was successfully updated.\",\"Value\":{\"Id\":87654321},\"Errors\":null,"
            + "\"WasSuccessful\":true}");
  }

  @Test
  void seeds200ExampleParsesIntoATypedSuccess() throws Exception {
    ValidationResponse response = ValidationResponseJson.parse(example("seed-200-response.json").getBytes()).orElseThrow();

    assertThat(response).isEqualTo(
        ValidationResponse.success("EmailAccount was successfully updated.", new RecordId(87654321L)));
  }

  @Test
  void seeds400ExampleParsesBackToTheSameEnvelope() throws Exception {
    String seed = example("seed-400-response.json");
    ValidationResponse response = ValidationResponseJson.parse(seed.getBytes()).orElseThrow();

    assertThat(EnvelopeJson.toJson(response)).isEqualTo(JsonText.compact(seed));
  }

  @Test
  void seedCurlExampleGivesElevenErrorsInContractOrder() throws Exception {
    ValidationResponse response = reader.read(example("seed-curl-example.json")).validate(validator::validate);

    assertThat(EnvelopeJson.toJson(response)).isEqualTo(JsonText.compact("""
        {"Message":"BusinessId: is a required field","Value":null,"Errors":[
          {"AttemptedValue":0,"Message":"is a required field","PropertyName":"BusinessId"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"DisplayName"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"EmailAddress"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"IncomingServer"},
          {"AttemptedValue":0,"Message":"is a required field","PropertyName":"IncomingServerType"},
          {"AttemptedValue":0,"Message":"must be between 1 and 65535","PropertyName":"IncomingServerPort"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"IncomingServerUsername"},
          {"AttemptedValue":0,"Message":"is a required field","PropertyName":"DeleteMessageSettings"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"OutgoingServer"},
          {"AttemptedValue":0,"Message":"must be between 1 and 65535","PropertyName":"OutgoingServerPort"},
          {"AttemptedValue":"","Message":"is a required field","PropertyName":"OutgoingServerUsername"}
        ],"WasSuccessful":false}"""));
  }

  @Test
  void recordWritesBackInDocumentedOrderWithPresentPropertiesOnly() throws Exception {
    String json = EmailAccountJson.toJson(Fixtures.validAccount());

    assertThat(json).isEqualTo(JsonText.compact(example("update-request.json")));
    assertThat(reader.read(json).record()).contains(Fixtures.validAccount());
  }

  @Test
  void everyPropertyRoundTrips() {
    assertThat(reader.read(EmailAccountJson.toJson(Fixtures.fullAccount())).record()).contains(Fixtures.fullAccount());
  }

  @Test
  void prettyEnvelopeIsTheSameJson() throws Exception {
    ValidationResponse response = reader.read(example("update-request-without-display-name.json")).validate(validator::validate);

    assertThat(JsonText.compact(EnvelopeJson.toPrettyJson(response))).isEqualTo(EnvelopeJson.toJson(response));
    assertThat(EnvelopeJson.toPrettyJson(response)).contains("\n");
  }
}
