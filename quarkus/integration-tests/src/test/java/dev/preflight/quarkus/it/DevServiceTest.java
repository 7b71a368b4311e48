package dev.preflight.quarkus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusNotFoundException;
import dev.preflight.jakarta.client.NexudusEntities;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With no Nexudus URL configured (the {@code devservice} profile leaves out the test profile's),
 * the Dev Service starts the simulator on loopback and points the injected client at it, signed in
 * with the simulator's editor token.
 */
@QuarkusTest
@TestProfile(DevServiceTest.NoNexudusConfigured.class)
class DevServiceTest {

  /** The application's configuration without the {@code %test.} keys that point at the application itself. */
  public static class NoNexudusConfigured implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "devservice";
    }
  }

  @Inject NexudusEmailAccounts accounts;

  @ConfigProperty(name = "quarkus.rest-client.nexudus.url")
  URI nexudus;

  @ConfigProperty(name = "quarkus.http.test-port")
  int applicationPort;

  @Test
  void theClientTalksToTheSimulatorOnLoopbackWithItsEditorToken() {
    assertEquals("127.0.0.1", nexudus.getHost());
    assertNotEquals(applicationPort, nexudus.getPort());

    // Answered by the simulator (a 401 would mean no token, an unreachable one no simulator).
    NexudusNotFoundException none = assertThrows(NexudusNotFoundException.class, () -> accounts.get(1));
    assertTrue(none.getMessage().contains("EmailAccount"), none.getMessage());
  }

  @Test
  void theBeansAreFoundByAProgrammaticLookupToo() {
    assertThrows(NexudusNotFoundException.class,
        () -> CDI.current().select(NexudusEntities.class).get().records("bookings").get(1));
  }

  @Test
  void aTestSeedsTheDevServicesSimulatorThroughItsAdminApiAndSeesWhatItAnswered() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> seeded = http.send(HttpRequest.newBuilder(nexudus.resolve("/_simulator/api/records/bookings"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"Id\":7,\"ResourceId\":3,\"Notes\":\"seeded by a test\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, seeded.statusCode(), seeded.body());

    assertEquals("seeded by a test", CDI.current().select(NexudusEntities.class).get().records("bookings").get(7)
        .value("Notes").map(notes -> ((jakarta.json.JsonString) notes).getString()).orElseThrow());
    String requests = http.send(HttpRequest.newBuilder(nexudus.resolve("/_simulator/api/requests")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(requests.contains("\"method\":\"GET\",\"path\":\"/api/spaces/bookings/7\",\"status\":200"), requests);
  }
}
