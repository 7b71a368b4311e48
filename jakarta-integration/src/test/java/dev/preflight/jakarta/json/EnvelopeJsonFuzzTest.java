package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Core's dependency-free {@link EnvelopeJson} (the CLI's and the REST bodies' writer) and the
 * generator-based {@link ValidationResponseJson#write} (JSON-B's) write the same text for any
 * envelope, compact and pretty, whatever its strings hold: control characters, quotes, backslashes,
 * non-ASCII, surrogate pairs and lone surrogates.
 */
class EnvelopeJsonFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void bothWritersWriteTheSameText(FuzzedDataProvider data) {
    ValidationResponse response = envelope(data);

    assertThat(EnvelopeJson.toJson(response)).isEqualTo(viaGenerator(response, false));
    assertThat(EnvelopeJson.toPrettyJson(response)).isEqualTo(viaGenerator(response, true));
  }

  private static ValidationResponse envelope(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      RecordId id = data.consumeBoolean() ? new RecordId(data.consumeLong()) : null;
      return ValidationResponse.success(data.consumeString(30), id);
    }
    List<ValidationError> errors = new ArrayList<>();
    int count = data.consumeInt(data.consumeBoolean() ? 0 : 1, 4);
    for (int i = 0; i < count; i++) {
      errors.add(new ValidationError(data.consumeString(20), attempted(data), data.consumeString(30)));
    }
    String message = data.consumeString(30);
    if (!errors.isEmpty() && data.consumeBoolean()) {
      return ValidationResponse.failure(errors);
    }
    return ValidationResponse.rejection(message.isBlank() ? "in use" + message : message, errors);
  }

  private static Object attempted(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 6)) {
      case 0 -> null;
      case 1 -> data.consumeBoolean();
      case 2 -> data.consumeInt();
      case 3 -> data.consumeLong();
      case 4 -> BigInteger.valueOf(data.consumeLong()).shiftLeft(data.consumeInt(0, 80));
      case 5 -> BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-40, 40));
      default -> data.consumeString(80);
    };
  }

  private static String viaGenerator(ValidationResponse response, boolean pretty) {
    StringWriter out = new StringWriter();
    Map<String, ?> config = pretty ? Map.of(JsonGenerator.PRETTY_PRINTING, true) : Map.of();
    try (JsonGenerator generator = Json.createGeneratorFactory(config).createGenerator(out)) {
      ValidationResponseJson.write(response, generator);
    }
    return JsonText.escapeLoneSurrogates(out.toString().strip());
  }
}
