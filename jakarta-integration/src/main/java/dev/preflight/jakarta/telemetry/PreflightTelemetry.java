package dev.preflight.jakarta.telemetry;

import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;


/**
 * Preflight's telemetry through the OpenTelemetry API, as MicroProfile Telemetry 2.0 provides it
 * (the runtime's {@code OpenTelemetry} bean; a no-op one when the runtime exports nothing). The
 * instruments, their units and attributes are listed in docs/observability.md; attribute values are
 * names and numbers only, never a value of a record or a secret.
 */
public final class PreflightTelemetry implements ClientTelemetry {
  /** The instrumentation scope of every instrument and span. */
  public static final String SCOPE = "dev.preflight";

  static final AttributeKey<String> ENTITY = AttributeKey.stringKey("nexudus.entity");
  static final AttributeKey<String> PROPERTY = AttributeKey.stringKey("nexudus.property");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("preflight.operation");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("preflight.outcome");
  static final AttributeKey<String> ORIGIN = AttributeKey.stringKey("preflight.origin");
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<Long> RESEND = AttributeKey.longKey("http.request.resend_count");

  private final Tracer tracer;
  private final LongCounter validations;
  private final LongCounter rejections;
  private final DoubleHistogram requestDuration;
  private final LongCounter throttled;
  private final DoubleHistogram throttlingWait;
  private final LongCounter tokenRenewals;
  private final LongUpDownCounter queued;
  private final LongUpDownCounter active;

  private PreflightTelemetry(OpenTelemetry openTelemetry) {
    Meter meter = openTelemetry.getMeter(SCOPE);
    tracer = openTelemetry.getTracer(SCOPE);
    validations = meter.counterBuilder("preflight.validations").setUnit("{validation}")
        .setDescription("Records validated, by entity, operation, outcome and who gave the verdict").build();
    rejections = meter.counterBuilder("preflight.rejections").setUnit("{error}")
        .setDescription("Errors in rejected records, by entity and property").build();
    // No bucket advice: the API of some runtimes (Payara 6) predates it; their views decide the buckets.
    requestDuration = meter.histogramBuilder("preflight.nexudus.request.duration").setUnit("s")
        .setDescription("Duration of exchanges with Nexudus").build();
    throttled = meter.counterBuilder("preflight.nexudus.throttled").setUnit("{wait}")
        .setDescription("Calls Nexudus throttled and the client waited to repeat").build();
    throttlingWait = meter.histogramBuilder("preflight.nexudus.throttling.wait").setUnit("s")
        .setDescription("How long the client waited after Nexudus throttled a call").build();
    tokenRenewals = meter.counterBuilder("preflight.nexudus.token.renewals").setUnit("{renewal}")
        .setDescription("Token renewals, by outcome").build();
    queued = meter.upDownCounterBuilder("preflight.nexudus.requests.queued").setUnit("{request}")
        .setDescription("Calls waiting for a worker").build();
    active = meter.upDownCounterBuilder("preflight.nexudus.requests.active").setUnit("{request}")
        .setDescription("Exchanges under way").build();
  }

  /** Telemetry through {@code openTelemetry}: the runtime's bean, or an SDK of the application's. */
  public static ClientTelemetry of(OpenTelemetry openTelemetry) {
    return new PreflightTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry == null"));
  }

  /** Telemetry through {@code GlobalOpenTelemetry}. */
  static ClientTelemetry global() {
    return new PreflightTelemetry(GlobalOpenTelemetry.get());
  }

  @Override
  public void validated(String entity, Operation operation, ValidationResponse verdict, Origin origin) {
    String originName = origin.name().toLowerCase(Locale.ROOT);
    validations.add(1, Attributes.of(ENTITY, entity, OPERATION, operation.name().toLowerCase(Locale.ROOT),
        OUTCOME, verdict.wasSuccessful() ? "valid" : "invalid", ORIGIN, originName));
    for (ValidationError error : verdict.errors()) {
      rejections.add(1, Attributes.of(ENTITY, entity, PROPERTY, error.propertyName(), ORIGIN, originName));
    }
    if (!verdict.wasSuccessful() && origin == Origin.LOCAL) {
      Span.current().addEvent("preflight.rejected", Attributes.of(ENTITY, entity,
          AttributeKey.longKey("preflight.errors"), (long) verdict.errors().size()));
    }
  }

  @Override
  public Exchange exchange(String entity, String method, String target, int attempt) {
    long start = System.nanoTime();
    Span span = tracer.spanBuilder(method + " " + target).setSpanKind(SpanKind.CLIENT)
        .setAttribute(METHOD, method).setAttribute(TEMPLATE, target).setAttribute(ENTITY, entity).startSpan();
    if (attempt > 1) {
      span.setAttribute(RESEND, attempt - 1L);
    }
    return (status, error) -> {
      double seconds = (System.nanoTime() - start) / 1e9;
      var attributes = Attributes.builder().put(ENTITY, entity).put(METHOD, method);
      if (status > 0) {
        attributes.put(STATUS, status);
        span.setAttribute(STATUS, status);
      }
      if (error != null) {
        attributes.put(ERROR, error);
        span.setAttribute(ERROR, error);
        span.setStatus(StatusCode.ERROR);
      }
      requestDuration.record(seconds, attributes.build());
      span.end();
    };
  }

  @Override
  public void throttled(String entity, String method, int status, Duration wait) {
    Attributes attributes = Attributes.of(ENTITY, entity, METHOD, method, STATUS, (long) status);
    throttled.add(1, attributes);
    throttlingWait.record(wait.toNanos() / 1e9, attributes);
  }

  @Override
  public void tokenRenewed(boolean succeeded) {
    tokenRenewals.add(1, Attributes.of(OUTCOME, succeeded ? "success" : "failure"));
  }

  @Override
  public void queued(int change) {
    queued.add(change);
  }

  @Override
  public void active(int change) {
    active.add(change);
  }

  @Override
  public String toString() {
    return "PreflightTelemetry[" + SCOPE + "]";
  }
}
