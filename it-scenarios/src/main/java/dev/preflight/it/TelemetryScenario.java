package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusTokenException;
import dev.preflight.jakarta.client.NexudusValidationException;
import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What every runtime's telemetry test makes happen and reads from the readiness check, so that
 * only how a runtime's metrics are read back differs (Quarkus: in-memory exporters; Liberty: its
 * logging exporter). The client must be signed in as {@code username} with {@code password}.
 */
public final class TelemetryScenario {
  /** The readiness check's reason after the token endpoint refused the credentials. */
  public static final String TOKEN_REFUSED = "the token endpoint refused the credentials (HTTP 400)";

  private final NexudusEntities nexudus;
  private final NexudusSimulator simulator;
  private final URI readiness;

  /** @param readiness the runtime's readiness endpoint ({@code …/health/ready}) */
  public TelemetryScenario(NexudusEntities nexudus, NexudusSimulator simulator, URI readiness) {
    this.nexudus = nexudus;
    this.simulator = simulator;
    this.readiness = readiness;
  }

  /**
   * Readiness UP; three Booking creates without ResourceId, FromTime and ToTime rejected before
   * sending; a sign-in, then a 409 waited out once; the logins forgotten, so the next call's token
   * renewal is refused; readiness 503 DOWN with {@link #TOKEN_REFUSED}.
   */
  public void rejectThreeBookingsWaitOutA409AndLoseTheToken(String username, String password) throws Exception {
    simulator.reset();
    assertReadiness(200, "UP", null);
    for (int i = 0; i < 3; i++) {
      assertThrows(NexudusValidationException.class, () -> nexudus.records("bookings")
          .create(Json.createObjectBuilder().add("Notes", "no resource").build()));
    }
    simulator.acceptLogin(username, password, null, NexudusSimulator.EDIT_ROLE);
    simulator.putJson("bookings", "{\"Id\":42,\"ResourceId\":7}");
    assertEquals(42L, nexudus.records("bookings").get(42).id()); // signs in: the token endpoint is not throttled below
    simulator.failNext(Fault.rateLimited(409, 0));
    assertEquals(42L, nexudus.records("bookings").get(42).id());
    simulator.reset();
    assertThrows(NexudusTokenException.class, () -> nexudus.records("bookings").get(42));
    assertReadiness(503, "DOWN", TOKEN_REFUSED);
  }

  private void assertReadiness(int status, String state, String reason) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(readiness).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, answer.statusCode(), answer.body());
    JsonObject check = Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("checks")
        .getValuesAs(JsonObject.class).stream().filter(each -> each.getString("name").equals("preflight-nexudus"))
        .findFirst().orElseThrow(() -> new AssertionError("no preflight-nexudus check: " + answer.body()));
    assertEquals(state, check.getString("status"), answer.body());
    if (reason != null) {
      assertEquals(reason, check.getJsonObject("data").getString("reason"), answer.body());
    }
  }
}
