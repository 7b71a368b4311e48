package dev.preflight.quarkus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.it.TelemetryScenario;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.testing.NexudusSimulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What Preflight reports on Quarkus, read back from the runtime's own OpenTelemetry SDK
 * ({@code quarkus-opentelemetry}, exporting to in-memory exporters) and SmallRye Health: three
 * Bookings rejected before sending, a 409 waited out, the readiness check going down when the token
 * endpoint refuses. Its own profile, so the counts are this test's alone.
 */
@QuarkusTest
@TestProfile(TelemetryTest.SignedIn.class)
class TelemetryTest {
  static final String USER = "ops@example.com";
  static final String PASSWORD = "pw-telemetry-4411";

  /** Signed in with a password grant from the simulator's token endpoint; a 409 is repeated once. */
  public static class SignedIn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("preflight.client.bearer-token", "", "preflight.client.username", USER,
          "preflight.client.password", PASSWORD, "preflight.client.retry.max-attempts", "2",
          "preflight.client.retry.min-wait-ms", "10");
    }
  }

  @Inject NexudusEntities nexudus;
  @Inject NexudusSimulator simulator;
  @Inject InMemoryMetricExporter metrics;
  @Inject InMemorySpanExporter spans;

  @TestHTTPResource("/q/health/ready")
  URI ready;

  @Test
  void rejectionsThrottlingTokenRenewalsAndReadinessAreReported() throws Exception {
    new TelemetryScenario(nexudus, simulator, ready).rejectThreeBookingsWaitOutA409AndLoseTheToken(USER, PASSWORD);

    assertEquals(3, eventually("preflight.rejections", Map.of("nexudus.entity", "bookings", "nexudus.property",
        "ResourceId", "preflight.origin", "local"), 3));
    assertEquals(1, eventually("preflight.nexudus.throttled", Map.of("nexudus.entity", "bookings",
        "http.request.method", "GET", "http.response.status_code", "409"), 1));
    assertEquals(1, eventually("preflight.nexudus.token.renewals", Map.of("preflight.outcome", "failure"), 1));
    List<SpanData> exchanges = List.of();
    for (int i = 0; i < 100 && exchanges.size() < 3; i++) {
      Thread.sleep(i == 0 ? 0 : 100);
      exchanges = spans.getFinishedSpanItems().stream()
          .filter(span -> span.getName().equals("GET /api/spaces/bookings/{id}")).toList();
    }
    assertTrue(exchanges.size() >= 3, "exchange spans: " + spans.getFinishedSpanItems());
    assertTrue(exchanges.stream().anyMatch(span ->
        Long.valueOf(409).equals(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))));
    assertFalse(spans.getFinishedSpanItems().toString().contains(PASSWORD));
  }

  /** The counter's value for these attributes, once an export has caught up with {@code expected} (10 s at most). */
  private long eventually(String name, Map<String, String> attributes, long expected) throws InterruptedException {
    long value = -1;
    for (int i = 0; i < 100 && value != expected; i++) {
      value = latest(name, attributes);
      if (value != expected) {
        Thread.sleep(100);
      }
    }
    return value;
  }

  private long latest(String name, Map<String, String> attributes) {
    List<MetricData> exported = metrics.getFinishedMetricItems();
    for (int i = exported.size() - 1; i >= 0; i--) {
      MetricData metric = exported.get(i);
      if (metric.getName().equals(name)) {
        return metric.getData().getPoints().stream().filter(point -> matches(point.getAttributes(), attributes))
            .mapToLong(point -> ((LongPointData) point).getValue()).sum();
      }
    }
    return 0;
  }

  private static boolean matches(Attributes actual, Map<String, String> wanted) {
    Map<String, String> present = new HashMap<>();
    actual.forEach((key, value) -> present.put(key.getKey(), String.valueOf(value)));
    return present.entrySet().containsAll(wanted.entrySet());
  }
}
