package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.testing.NexudusSimulator;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Preflight reports on Open Liberty ({@code mpTelemetry-2.0}, {@code mpHealth-4.0}), read back
 * from the runtime itself: the metrics its OpenTelemetry SDK exports (the logging exporter, into
 * messages.log, every half second: see this module's bootstrap properties) and its {@code
 * /health/ready}. Three Bookings rejected before sending, a 409 waited out, the readiness check
 * going down when the token endpoint refuses.
 */
@ExtendWith(ArquillianExtension.class)
class TelemetryOnLibertyIT {
  private static final String USER = "ops@example.com";
  private static final String PASSWORD = "pw-liberty-telemetry-7";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationSignedInAs(USER, PASSWORD,
        "preflight.client.retry.max-attempts=2\npreflight.client.retry.min-wait-ms=10\n", TelemetryScenario.class);
  }

  @Inject NexudusEntities nexudus;
  @Inject NexudusSimulator simulator;

  @Inject
  @ConfigProperty(name = "it.log.dir")
  String logDir;

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/url")
  String application;

  @Test
  void rejectionsThrottlingAndReadinessAreWhatTheRuntimeExportsAndAnswers() throws Exception {
    new TelemetryScenario(nexudus, simulator, URI.create(application).resolve("/health/ready"))
        .rejectThreeBookingsWaitOutA409AndLoseTheToken(USER, PASSWORD);

    assertEquals(3, exported("preflight.validations", "{nexudus.entity=\"bookings\", preflight.operation=\"create\", "
        + "preflight.origin=\"local\", preflight.outcome=\"invalid\"}", 3));
    // FromTime: the other ITs on this server reject Bookings for their ResourceId only.
    assertEquals(3, exported("preflight.rejections", "{nexudus.entity=\"bookings\", nexudus.property=\"FromTime\", "
        + "preflight.origin=\"local\"}", 3));
    assertEquals(1, exported("preflight.nexudus.throttled", "{http.request.method=\"GET\", "
        + "http.response.status_code=409, nexudus.entity=\"bookings\"}", 1));
    assertFalse(Files.readString(messages(), StandardCharsets.UTF_8).contains(PASSWORD));
  }

  private Path messages() {
    return Path.of(logDir, "messages.log");
  }

  /**
   * The value of the point with these attributes in the latest export of metric {@code name} that
   * has one, waiting up to 10 s for an export that reaches {@code expected}.
   */
  private long exported(String name, String attributes, long expected) throws Exception {
    Pattern point = Pattern.compile("name=" + Pattern.quote(name) + ",.*?attributes=" + Pattern.quote(attributes)
        + ", value=(\\d+)");
    long value = -1;
    for (int i = 0; i < 100 && value != expected; i++) {
      Matcher found = point.matcher(Files.readString(messages(), StandardCharsets.UTF_8));
      while (found.find()) {
        value = Long.parseLong(found.group(1));
      }
      if (value != expected) {
        Thread.sleep(100);
      }
    }
    return value;
  }
}
