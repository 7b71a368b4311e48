package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The opt-in mappers of the runtime's JSON-P and JSON-B failures, with the real parsers (Parsson, Yasson). */
class MalformedJsonMapperTest {
  public static class Booking {
    public long ResourceId;
  }

  private static JsonException parsing(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      reader.readObject();
      throw new AssertionError("parsed: " + json);
    } catch (JsonException e) {
      return e;
    }
  }

  private static JsonbException binding(String json) throws Exception {
    try (var jsonb = JsonbBuilder.create()) {
      jsonb.fromJson(json, Booking.class);
      throw new AssertionError("bound: " + json);
    } catch (JsonbException e) {
      return e;
    }
  }

  @Test
  void malformedJsonIsThe400EnvelopeWithNoEchoOfTheBody() {
    Response response = new MalformedJsonMapper().toResponse(parsing("{\"ResourceId\": 7,\n \"Notes\": secret-x}"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().toString()).isEqualTo("application/json");
    assertThat(response.getEntity()).isEqualTo("{\"Message\":\"$: is not valid JSON\",\"Value\":null,"
        + "\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is not valid JSON\",\"PropertyName\":\"$\"}],"
        + "\"WasSuccessful\":false}");
  }

  @Test
  void jsonbFailuresAreThe400EnvelopeAndNeverTheirMessage() throws Exception {
    Response broken = new MalformedJsonbMapper().toResponse(binding("{\"ResourceId\": 7"));
    Response misshapen = new MalformedJsonbMapper().toResponse(binding("{\"ResourceId\": \"seven-secret\"}"));

    assertThat(broken.getStatus()).isEqualTo(400);
    assertThat((String) broken.getEntity()).startsWith("{\"Message\":\"$: is not valid JSON\",");
    assertThat(misshapen.getStatus()).isEqualTo(400);
    assertThat(misshapen.getEntity()).isEqualTo("{\"Message\":\"$: does not match the shape of the request\",\"Value\":null,"
        + "\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"does not match the shape of the request\",\"PropertyName\":\"$\"}],"
        + "\"WasSuccessful\":false}");
  }
}
