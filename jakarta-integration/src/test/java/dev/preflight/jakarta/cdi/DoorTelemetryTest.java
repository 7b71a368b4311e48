package dev.preflight.jakarta.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.json.EntityBodyProvider;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.jakarta.validation.ValidEntity;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.smallrye.config.inject.ConfigExtension;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server-side doors report their verdicts too: a record refused by {@code @ValidEntity} (real
 * Hibernate Validator) and a body the JAX-RS reader cannot read are each one invalid validation in
 * the metrics of the application's OpenTelemetry (here a real SDK made global, as a runtime without
 * an {@code OpenTelemetry} bean would), with the property of each error.
 */
class DoorTelemetryTest {
  /** A resource parameter's constraint, as a field to validate. */
  record NewBooking(@ValidEntity(value = "bookings", operation = Operation.CREATE) EntityRecord booking) {}

  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk openTelemetry;
  private WeldContainer container;

  @BeforeEach
  void start() {
    openTelemetry = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build();
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(openTelemetry);
    container = new Weld().disableDiscovery().addExtension(new ConfigExtension())
        .addBeanClasses(PreflightConfig.class, PreflightProducers.class).initialize();
  }

  @AfterEach
  void stop() {
    container.shutdown();
    GlobalOpenTelemetry.resetForTest();
    openTelemetry.close();
  }

  @Test
  void aConstraintViolationAndAnUnreadableBodyAreCountedWithTheirProperties() throws Exception {
    EntityRecord withoutResource = JsonValidators.standard().validator("bookings", Operation.CREATE)
        .read("{\"Notes\":\"window seat\"}").record().orElseThrow();
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      assertThat(validation.getValidator().validate(new NewBooking(withoutResource))).isNotEmpty();
    }
    Annotation[] annotations = NewBooking.class.getDeclaredField("booking").getAnnotations();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<EntityRecord> type = (Class) EntityRecord.class;
    assertThatThrownBy(() -> new EntityBodyProvider().readFrom(type, type, annotations, MediaType.APPLICATION_JSON_TYPE,
        null, new ByteArrayInputStream("{\"ResourceId\": \"seven\"}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(BadRequestException.class);

    assertThat(sum("preflight.validations", Map.of("nexudus.entity", "bookings", "preflight.operation", "create",
        "preflight.outcome", "invalid", "preflight.origin", "local"))).isEqualTo(2);
    assertThat(sum("preflight.rejections", Map.of("nexudus.entity", "bookings", "nexudus.property", "ResourceId")))
        .isEqualTo(2);
  }

  private long sum(String name, Map<String, String> wanted) {
    return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals(name))
        .flatMap(metric -> metric.getData().getPoints().stream())
        .filter(point -> {
          Map<String, String> present = new HashMap<>();
          point.getAttributes().forEach((key, value) -> present.put(key.getKey(), String.valueOf(value)));
          return present.entrySet().containsAll(wanted.entrySet());
        })
        .mapToLong(point -> ((LongPointData) point).getValue()).sum();
  }
}
