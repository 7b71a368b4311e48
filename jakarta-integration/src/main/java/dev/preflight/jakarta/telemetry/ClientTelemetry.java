package dev.preflight.jakarta.telemetry;

import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What Preflight's client and doors report as they work, for metrics and traces: validations and
 * their errors, each exchange with Nexudus, throttling waits, token renewals, calls waiting for a
 * worker and under way. {@link #none()} reports nothing; {@link PreflightTelemetry} reports through
 * OpenTelemetry (docs/observability.md names every metric and attribute). Nothing reported ever
 * holds a value of a record, a token or a credential: entities, properties, methods and statuses
 * only. Implementations are thread-safe and never throw.
 */
public interface ClientTelemetry {

  /** Reports nothing. */
  static ClientTelemetry none() {
    return Silent.INSTANCE;
  }

  /**
   * The OpenTelemetry of the runtime ({@code GlobalOpenTelemetry}) when the OpenTelemetry API is
   * on the class path, else {@link #none()}: what a client built outside CDI reports through.
   */
  static ClientTelemetry discovered() {
    try {
      Class.forName("io.opentelemetry.api.GlobalOpenTelemetry", false, ClientTelemetry.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return none();
    }
    return PreflightTelemetry.global();
  }

  /** A record of {@code entity} was validated for {@code operation}, by Preflight or by Nexudus. */
  default void validated(String entity, Operation operation, ValidationResponse verdict, Origin origin) {}

  /**
   * One exchange with Nexudus begins: {@code method} and {@code target} ({@code PUT},
   * {@code /api/spaces/bookings}); the answer ends it. {@code attempt} counts from 1.
   */
  default Exchange exchange(String entity, String method, String target, int attempt) {
    return Exchange.NONE;
  }

  /** A call waits {@code wait} after Nexudus throttled it ({@code status} 409 or 429), then tries again. */
  default void throttled(String entity, String method, int status, Duration wait) {}

  /** The token was renewed, or the renewal failed. */
  default void tokenRenewed(boolean succeeded) {}

  /** A call starts waiting for a worker ({@code +1}) or stops waiting ({@code -1}). */
  default void queued(int change) {}

  /** A call starts its exchange on a worker ({@code +1}) or ends it ({@code -1}). */
  default void active(int change) {}

  /** Who gave a verdict. */
  enum Origin {
    /** Preflight's validator, before anything was sent. */
    LOCAL,
    /** Nexudus, in its answer. */
    NEXUDUS
  }

  /** One exchange under way. */
  interface Exchange {
    /** An exchange that reports nothing. */
    Exchange NONE = (status, error) -> { };

    /**
     * It ended: with Nexudus's {@code status}, or 0 when no answer came, and the kind of failure
     * ({@code timeout}, {@code 500}…), or null when it succeeded.
     */
    void end(int status, @Nullable String error);
  }

  /** The {@link #none()} telemetry. */
  final class Silent implements ClientTelemetry {
    private static final Silent INSTANCE = new Silent();

    private Silent() {}

    @Override
    public String toString() {
      return "ClientTelemetry.none()";
    }
  }
}
