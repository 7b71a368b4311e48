package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.Validators;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's admin API over real HTTP: exact answers, secrets hidden, nothing of it recorded. */
class SimulatorAdminTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private NexudusSimulatorServer nexudus;
  private EntitiesApi api;
  private NexudusEntities client;

  @BeforeEach
  void start() {
    nexudus = NexudusSimulatorServer.start();
    api = RestClientBuilder.newBuilder().baseUri(nexudus.uri()).build(EntitiesApi.class);
    client = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS,
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    ((AutoCloseable) api).close();
    nexudus.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(nexudus.uri().resolve(path)).method(method, body.isEmpty()
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void recordsAreSeededListedAndClearedAndTheStateSaysWhatIsHeld() throws Exception {
    HttpResponse<String> seeded = send("POST", "/_simulator/api/records/bookings",
        "{\"Id\":5,\"ResourceId\":7,\"Notes\":\"window seat\"}");
    send("POST", "/_simulator/api/records/EmailAccounts", "{\"Id\":9,\"DisplayName\":\"Front desk\","
        + "\"IncomingServerPassword\":\"imap-pw-4411\",\"OutgoingServerPassword\":null}");

    assertThat(seeded.statusCode()).isEqualTo(201);
    assertThat(seeded.body()).isEqualTo("{\"entity\":\"bookings\",\"Id\":5}");
    assertThat(send("GET", "/_simulator/api/state", "").body()).isEqualTo("{\"entities\":["
        + "{\"entity\":\"bookings\",\"path\":\"/api/spaces/bookings\",\"records\":1},"
        + "{\"entity\":\"emailaccounts\",\"path\":\"/api/crm/emailaccounts\",\"records\":1}],\"requests\":0,\"fault\":null}");
    assertThat(send("GET", "/_simulator/api/records/bookings", "").body())
        .isEqualTo("[{\"Id\":5,\"ResourceId\":7,\"Notes\":\"window seat\"}]");
    assertThat(send("GET", "/_simulator/api/records/emailaccounts", "").body())
        .isEqualTo("[{\"Id\":9,\"DisplayName\":\"Front desk\",\"IncomingServerPassword\":\"***\","
            + "\"OutgoingServerPassword\":null}]");

    assertThat(send("DELETE", "/_simulator/api/records/bookings", "").body()).startsWith("{\"entities\":[{\"entity\":\"emailaccounts\"");
    assertThat(nexudus.simulator().documents("bookings")).isEmpty();
    assertThat(nexudus.simulator().requestCount()).isZero();
  }

  @Test
  void anInjectedFaultAnswersTheNextRequestsAndTheRecordedRequestShowsWhatItGot() throws Exception {
    nexudus.simulator().putJson("bookings", "{\"Id\":5,\"ResourceId\":7}");

    HttpResponse<String> injected = send("POST", "/_simulator/api/faults",
        "{\"kind\":\"throttle\",\"status\":429,\"retryAfterSeconds\":30,\"times\":1}");
    String pending = send("GET", "/_simulator/api/state", "").body();
    NexudusRateLimitedException throttled = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> client.records("bookings").get(5));
    client.records("bookings").get(5);

    assertThat(injected.body()).isEqualTo("{\"fault\":\"429 (Retry-After 30 s)\",\"times\":1}");
    assertThat(pending).endsWith("\"requests\":0,\"fault\":\"429 (Retry-After 30 s) for 1 request\"}");
    assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(send("GET", "/_simulator/api/requests", "").body()).isEqualTo("["
        + "{\"number\":1,\"method\":\"GET\",\"path\":\"/api/spaces/bookings/5\",\"status\":429,\"answer\":\"\"},"
        + "{\"number\":2,\"method\":\"GET\",\"path\":\"/api/spaces/bookings/5\",\"status\":200,"
        + "\"answer\":\"{\\\"Id\\\":5,\\\"ResourceId\\\":7}\"}]");
  }

  /**
   * A dropped connection gets no answer at all (curl says "Empty reply from server"); a POST, which
   * no HTTP client repeats on its own, ends in an I/O error, and the recorded request says 0.
   */
  @Test
  void aDroppedConnectionIsAnAnswerThatNeverCame() throws Exception {
    send("POST", "/_simulator/api/faults", "{\"kind\":\"drop\"}");

    Throwable dropped = catchThrowable(() -> http.send(HttpRequest.newBuilder(nexudus.uri().resolve("/api/spaces/bookings"))
        .header("Authorization", "Bearer " + NexudusSimulator.EDITOR_TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"ResourceId\":7}")).build(), HttpResponse.BodyHandlers.ofString()));

    assertThat(dropped).isInstanceOf(IOException.class);
    assertThat(nexudus.simulator().requests()).singleElement().satisfies(request -> {
      assertThat(request.status()).isZero();
      assertThat(request.answer()).isEmpty();
    });
    assertThat(nexudus.simulator().pendingFault()).isEmpty();
  }

  @Test
  void badAdminRequestsAreRefusedWithAMessage() throws Exception {
    assertThat(send("POST", "/_simulator/api/records/bookings", "nope").body())
        .isEqualTo("{\"Message\":\"send one JSON object with an integer Id\"}");
    HttpResponse<String> unknown = send("POST", "/_simulator/api/records/bookngs", "{\"Id\":1}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).isEqualTo(
        "{\"Message\":\"no entity named 'bookngs' in the catalogue of " + dev.preflight.catalogue.EntityCatalogue.standard().entities().size()
            + " entities (./preflight entities lists them)\"}");
    assertThat(send("POST", "/_simulator/api/faults", "{\"kind\":\"meteor\"}").body()).isEqualTo(
        "{\"Message\":\"no fault 'meteor': throttle, unauthorized, server-error, stall or drop\"}");
    assertThat(send("POST", "/_simulator/api/faults", "{\"kind\":\"throttle\",\"status\":503}").body())
        .isEqualTo("{\"Message\":\"Nexudus throttles with 409 or 429, not 503\"}");
    assertThat(send("GET", "/_simulator/api/nothing", "").statusCode()).isEqualTo(404);
    assertThat(send("PUT", "/_simulator/api/state", "{}").statusCode()).isEqualTo(405);
    HttpResponse<String> bare = send("GET", "/_simulator", "");
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).contains("_simulator/");
    assertThat(send("GET", "/_simulator/", "").body()).startsWith("<!DOCTYPE html>").contains("Nexudus simulator");
    assertThat(nexudus.simulator().requestCount()).isZero();
  }
}
