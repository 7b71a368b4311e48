package dev.preflight.validation;

import dev.preflight.catalogue.Operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope's text, exactly; agreement with the Jakarta generator is in preflight-jakarta's EnvelopeJsonFuzzTest. */
class EnvelopeJsonTest {

  @Test
  void aFailureIsTheSeedsShapeInTheSeedsKeyOrder() {
    ValidationResponse response = ValidationResponse.failure(List.of(
        new ValidationError("DisplayName", null, "is a required field"),
        new ValidationError("IncomingServerPort", 0, "must be between 1 and 65535")));

    assertThat(EnvelopeJson.toJson(response)).isEqualTo("{\"Message\":\"DisplayName: is a required field\",\"Value\":null,"
        + "\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"},"
        + "{\"AttemptedValue\":0,\"Message\":\"must be between 1 and 65535\",\"PropertyName\":\"IncomingServerPort\"}],"
        + "\"WasSuccessful\":false}");
  }

  @Test
  void aSuccessIsIndentedByFourSpacesForPeople() {
    assertThat(EnvelopeJson.toPrettyJson(ValidationResponse.success(Operation.UPDATE.successMessage("EmailAccount"), new RecordId(87654321L)))).isEqualTo("""
        {
            "Message": "EmailAccount was successfully updated.",
            "Value": {
                "Id": 87654321
            },
            "Errors": null,
            "WasSuccessful": true
        }""");
  }

  @Test
  void attemptedValuesKeepTheirJsonType() {
    ValidationResponse response = ValidationResponse.rejection("m", List.of(
        new ValidationError("A", true, "m"), new ValidationError("B", 12345678901L, "m"),
        new ValidationError("C", new BigInteger("123456789012345678901234567890"), "m"),
        new ValidationError("D", new BigDecimal("1E+3"), "m"), new ValidationError("E", "1", "m")));

    assertThat(EnvelopeJson.toJson(response)).contains("\"AttemptedValue\":true,", "\"AttemptedValue\":12345678901,",
        "\"AttemptedValue\":123456789012345678901234567890,", "\"AttemptedValue\":1E+3,", "\"AttemptedValue\":\"1\",");
  }

  @Test
  void appendingWritesOneEnvelopeAfterAnother() {
    StringBuilder out = new StringBuilder("x");
    EnvelopeJson.appendJson(ValidationResponse.rejection("This email account is in use.", List.of()), out);

    assertThat(out).hasToString(
        "x{\"Message\":\"This email account is in use.\",\"Value\":null,\"Errors\":null,\"WasSuccessful\":false}");
  }

  @Test
  void stringsEscapeWhatJsonRequiresAndLoneSurrogatesOnly() {
    assertThat(JsonStrings.quote("a\"b\\c/\n\r\t\b\f\u0001\u001f\u007f é€😀")).isEqualTo(
        "\"a\\\"b\\\\c/\\n\\r\\t\\b\\f\\u0001\\u001f\u007f é€😀\"");
    assertThat(JsonStrings.quote("\udc00x\ud800")).isEqualTo("\"\\udc00x\\ud800\"");
    assertThat(JsonStrings.quote("\ud83d\ude00\ude00")).isEqualTo("\"\ud83d\ude00\\ude00\"");
  }
}
