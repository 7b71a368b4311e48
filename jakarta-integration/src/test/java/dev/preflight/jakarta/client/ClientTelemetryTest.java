package dev.preflight.jakarta.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.preflight.Validators;
import dev.preflight.jakarta.telemetry.PreflightTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client reports, read from a real OpenTelemetry SDK (in-memory metric reader and span
 * exporter), over real HTTP against WireMock on loopback.
 */
class ClientTelemetryTest {
  private static final String TOKEN = "tok-5d1f0c2e-telemetry-secret";
  private static final String BOOKINGS = "/api/spaces/bookings";
  private static final String ACCEPTED = "{\"Status\":200,\"Message\":\"Booking was successfully updated.\","
      + "\"Value\":{\"Id\":42},\"Errors\":null,\"WasSuccessful\":true}";
  private static final String BOOKING = "{\"Id\":42,\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\","
      + "\"ToTime\":\"2026-12-07T10:00:00Z\",\"Notes\":\"old\"}";

  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk openTelemetry;
  private EntitiesApi api;
  private NexudusEntities entities;

  @BeforeEach
  void start() {
    server.start();
    openTelemetry = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build();
    api = RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(EntitiesApi.class);
    entities = NexudusEntities.of(api, Validators.standard(),
        ClientSettings.DEFAULTS.withMaxAttempts(3).withMinWait(Duration.ofMillis(10)), BearerTokenSupplier.fixed(TOKEN),
        PreflightTelemetry.of(openTelemetry));
  }

  @AfterEach
  void stop() throws Exception {
    entities.close();
    ((AutoCloseable) api).close();
    server.stop();
    openTelemetry.close();
  }

  @Test
  void threeBookingsRejectedLocallyAreCountedByPropertyAndAreAnEventOnTheCallersSpanWithNothingSent() {
    Span request = openTelemetry.getTracer("test").spanBuilder("POST /bookings-import").startSpan();
    try (Scope current = request.makeCurrent()) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> entities.records("bookings").create(Json.createObjectBuilder()
            .add("Notes", "no resource").build())).isInstanceOf(NexudusValidationException.class);
      }
    } finally {
      request.end();
    }

    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(sum("preflight.validations", Map.of("nexudus.entity", "bookings", "preflight.operation", "create",
        "preflight.outcome", "invalid", "preflight.origin", "local"))).isEqualTo(3);
    assertThat(sum("preflight.rejections", Map.of("nexudus.entity", "bookings", "nexudus.property", "ResourceId",
        "preflight.origin", "local"))).isEqualTo(3);
    SpanData caller = spans.getFinishedSpanItems().get(0);
    assertThat(caller.getName()).isEqualTo("POST /bookings-import");
    assertThat(caller.getEvents()).hasSize(3).allSatisfy(event -> {
      assertThat(event.getName()).isEqualTo("preflight.rejected");
      assertThat(event.getAttributes().get(AttributeKey.stringKey("nexudus.entity"))).isEqualTo("bookings");
    });
    assertThat(spans.getFinishedSpanItems()).hasSize(1);
  }

  @Test
  void aThrottledUpdateIsOneWaitTwoExchangeSpansAndTwoTimedRequestsWithNoSecretAnywhere() {
    server.stubFor(any(urlEqualTo(BOOKINGS + "/42")).willReturn(json(200, BOOKING)));
    server.stubFor(put(urlEqualTo(BOOKINGS)).inScenario("throttle").whenScenarioStateIs(STARTED)
        .willSetStateTo("again").willReturn(aResponse().withStatus(409).withHeader("Retry-After", "0")));
    server.stubFor(put(urlEqualTo(BOOKINGS)).inScenario("throttle").whenScenarioStateIs("again")
        .willReturn(json(200, ACCEPTED)));

    entities.records("bookings").update(42, booking -> booking.with("Notes", Json.createValue("new")));

    Map<String, String> throttled = Map.of("nexudus.entity", "bookings", "http.request.method", "PUT",
        "http.response.status_code", "409");
    assertThat(sum("preflight.nexudus.throttled", throttled)).isEqualTo(1);
    assertThat(histogram("preflight.nexudus.throttling.wait", throttled).getCount()).isEqualTo(1);
    assertThat(histogram("preflight.nexudus.request.duration", Map.of("nexudus.entity", "bookings",
        "http.request.method", "PUT", "http.response.status_code", "409", "error.type", "409")).getCount()).isEqualTo(1);
    assertThat(histogram("preflight.nexudus.request.duration", Map.of("nexudus.entity", "bookings",
        "http.request.method", "PUT", "http.response.status_code", "200")).getCount()).isEqualTo(1);
    assertThat(histogram("preflight.nexudus.request.duration", Map.of("nexudus.entity", "bookings",
        "http.request.method", "GET", "http.response.status_code", "200")).getCount()).isEqualTo(1);
    assertThat(sum("preflight.validations", Map.of("nexudus.entity", "bookings", "preflight.operation", "update",
        "preflight.outcome", "valid", "preflight.origin", "nexudus"))).isEqualTo(1);
    assertThat(sum("preflight.nexudus.requests.queued", Map.of())).isZero();
    assertThat(sum("preflight.nexudus.requests.active", Map.of())).isZero();

    List<SpanData> exchanges = spans.getFinishedSpanItems();
    assertThat(exchanges).extracting(SpanData::getName)
        .containsExactly("GET /api/spaces/bookings/{id}", "PUT /api/spaces/bookings", "PUT /api/spaces/bookings");
    assertThat(exchanges.get(1).getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(409L);
    assertThat(exchanges.get(2).getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1L);
    assertThat(exchanges.get(2).getAttributes().get(AttributeKey.stringKey("url.template"))).isEqualTo(BOOKINGS);
    String everything = exchanges.toString() + metrics.collectAllMetrics();
    assertThat(everything).doesNotContain(TOKEN).doesNotContain("Bearer");
  }

  @Test
  void tokenRenewalsAreCountedByOutcomeAndTheClientIsNotReadyAfterTheTokenEndpointRefuses() throws Exception {
    server.stubFor(post(urlPathEqualTo("/api/token")).willReturn(json(400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"The user name or password is incorrect.\"}")));
    TokenApi tokenApi = RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(TokenApi.class);
    PasswordGrantTokens tokens = PasswordGrantTokens.of(tokenApi, PasswordCredentials.of("ops@example.com", "pw-9f3e"),
        Duration.ofSeconds(2), PreflightTelemetry.of(openTelemetry));
    try (NexudusEntities signedIn = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS, tokens,
        PreflightTelemetry.of(openTelemetry))) {
      server.stubFor(any(urlEqualTo(BOOKINGS + "/42")).willReturn(json(200, BOOKING)));
      assertThat(signedIn.health().ready()).isTrue();
      assertThat(signedIn.health().since()).isEmpty();

      assertThatThrownBy(() -> signedIn.records("bookings").get(42)).isInstanceOf(NexudusTokenException.class);

      assertThat(signedIn.health().ready()).isFalse();
      assertThat(signedIn.health().reason()).contains("the token endpoint refused the credentials (HTTP 400)");
      assertThat(sum("preflight.nexudus.token.renewals", Map.of("preflight.outcome", "failure"))).isEqualTo(1);
      assertThat(signedIn.health()).hasToString(
          "ClientHealth[not ready: the token endpoint refused the credentials (HTTP 400)]");

      server.stubFor(post(urlPathEqualTo("/api/token")).willReturn(json(200,
          "{\"access_token\":\"tok-renewed-77\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
      assertThat(signedIn.records("bookings").get(42).id()).isEqualTo(42L);

      assertThat(signedIn.health().ready()).isTrue();
      assertThat(sum("preflight.nexudus.token.renewals", Map.of("preflight.outcome", "success"))).isEqualTo(1);
    } finally {
      tokens.close();
      ((AutoCloseable) tokenApi).close();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** The sum of the points of a counter whose attributes include {@code attributes}. */
  private long sum(String name, Map<String, String> attributes) {
    return metric(name).map(metric -> metric.getData().getPoints().stream()
        .filter(point -> matches(point.getAttributes(), attributes))
        .mapToLong(point -> ((LongPointData) point).getValue()).sum()).orElse(0L);
  }

  private HistogramPointData histogram(String name, Map<String, String> attributes) {
    return metric(name).orElseThrow().getHistogramData().getPoints().stream()
        .filter(point -> point.getAttributes().size() == attributes.size() && matches(point.getAttributes(), attributes))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " point with " + attributes));
  }

  private Optional<MetricData> metric(String name) {
    Collection<MetricData> all = metrics.collectAllMetrics();
    return all.stream().filter(metric -> metric.getName().equals(name)).findFirst();
  }

  private static boolean matches(Attributes actual, Map<String, String> wanted) {
    Map<String, String> present = actual.asMap().entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().getKey(), entry -> String.valueOf(entry.getValue())));
    return present.entrySet().containsAll(wanted.entrySet());
  }
}
