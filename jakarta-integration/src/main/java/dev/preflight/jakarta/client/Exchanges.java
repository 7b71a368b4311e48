package dev.preflight.jakarta.client;

import dev.preflight.catalogue.Entity;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * How every client of one Nexudus account makes its exchanges: a token for each, a deadline on a
 * bounded pool of workers, the call's secrets scrubbed from what comes back, one repeat with a new
 * token after a 401, retries after throttling within the settings, and writes paced when the
 * settings pace them. One {@link NexudusEntities} client holds one {@code Exchanges}, whatever the
 * entity, so its pool and its pace are the account's (Nexudus counts writes per account). A closed
 * one refuses calls. Thread-safe.
 */
final class Exchanges implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Exchanges.class.getName());
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
  private static final int UNAUTHORIZED = 401;
  private static final String CLOSED = "this Nexudus client is closed";

  private final ClientSettings settings;
  private final BearerTokenSupplier tokens;
  private final Deadlines deadlines;
  private final WritePacer pacer;
  private final ClientTelemetry telemetry;
  private final ClientHealth health = new ClientHealth();
  private final AtomicBoolean closed = new AtomicBoolean();

  Exchanges(ClientSettings settings, BearerTokenSupplier tokens, ClientTelemetry telemetry) {
    this.settings = settings;
    this.tokens = tokens;
    this.telemetry = telemetry;
    this.deadlines = new Deadlines(settings.maxConcurrentExchanges());
    this.pacer = WritePacer.of(settings.pacedWrites(), settings.pacingWindow());
  }

  ClientSettings settings() {
    return settings;
  }

  ClientTelemetry telemetry() {
    return telemetry;
  }

  ClientHealth health() {
    return health;
  }

  /** Refuses later calls and ends the workers, interrupting any exchange under way. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      deadlines.close();
    }
  }

  /** The deadline of a call starting now: {@link ClientSettings#timeout()} for everything it does. */
  Deadline deadline() {
    return Deadline.after(settings.timeout());
  }

  /**
   * Makes one exchange about a record of {@code entity} with {@code method} on {@code target}
   * ({@code PUT}, {@code /api/spaces/bookings}), again after a rate-limit answer while the settings
   * and the deadline allow: waits at least {@code minWait} between attempts, never retries past
   * {@code retryBudget}, and never waits past {@code deadline}. Every method but {@code GET} is a
   * write: each attempt at one takes a pacing turn first when the settings pace writes. Rejections
   * and 404s are named after the record. Each attempt is reported to the telemetry.
   */
  <T> T call(Entity entity, String method, String target, List<String> recordSecrets, Deadline deadline,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    if (closed.get()) {
      throw new IllegalStateException(CLOSED);
    }
    String recordName = entity.recordName();
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        return once(new Attempt(entity.name(), method, target, attempt), recordSecrets, deadline, exchange);
      } catch (NexudusValidationException rejected) {
        throw rejected.of(recordName);
      } catch (NexudusNotFoundException none) {
        throw none.of(recordName);
      } catch (NexudusRateLimitedException e) {
        Duration wait = e.retryAfter().orElse(DEFAULT_RETRY_AFTER);
        if (wait.compareTo(settings.minWait()) < 0) {
          wait = settings.minWait();
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        if (attempt >= settings.maxAttempts() || wait.compareTo(settings.maxWait()) > 0
            || spent.plus(wait).compareTo(settings.retryBudget()) > 0 || !deadline.allows(wait)) {
          throw e;
        }
        LOG.log(Level.INFO, "Nexudus rate limited attempt {0} of {1}; retrying in {2} ms",
            attempt, settings.maxAttempts(), wait.toMillis());
        telemetry.throttled(entity.name(), method, e.status(), wait);
        sleep(wait, e);
      }
    }
  }

  /**
   * One attempt on a worker, by the deadline: the token, the turn and the exchange, repeated once
   * with a new token (and a new turn) when Nexudus answers 401 and the token supplier can give
   * another ({@link BearerTokenSupplier#rejected}). The token is asked for on the worker, so a token
   * endpoint that stalls holds the caller no longer than its deadline.
   */
  private <T> T once(Attempt attempt, List<String> recordSecrets, Deadline deadline,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    telemetry.queued(1);
    AtomicBoolean dequeued = new AtomicBoolean();
    try {
      return deadlines.within(deadline, () -> {
        if (dequeued.compareAndSet(false, true)) {
          telemetry.queued(-1);
        }
        telemetry.active(1);
        try {
          String token = tokens.token();
          try {
            return send(attempt, token, recordSecrets, deadline, exchange);
          } catch (NexudusAuthenticationException refused) {
            if (refused.status() != UNAUTHORIZED || token == null || !tokens.rejected(token)) {
              throw refused;
            }
            LOG.log(Level.INFO, "Nexudus answered 401; repeating the request once with a new token");
            return send(attempt, tokens.token(), recordSecrets, deadline, exchange);
          }
        } finally {
          telemetry.active(-1);
        }
      });
    } catch (RuntimeException e) {
      health.failed(e);
      throw e;
    } finally {
      // A call whose deadline passed before a worker took it leaves the queue all the same.
      if (dequeued.compareAndSet(false, true)) {
        telemetry.queued(-1);
      }
    }
  }

  /**
   * One request, with a pacing turn for a write (given back once the answer is in), this call's
   * secrets scrubbed, reported to the telemetry with the status Nexudus answered.
   */
  private <T> T send(Attempt attempt, @Nullable String token, List<String> recordSecrets, Deadline deadline,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    String authorization = tokens.authorization(token);
    List<@Nullable String> secrets = new ArrayList<>(recordSecrets);
    secrets.add(token);
    secrets.addAll(Redaction.credentialsIn(authorization));
    Redaction redaction = Redaction.of(secrets);
    WritePacer.Turn turn = attempt.write() ? pacer.turn(deadline) : null;
    ClientTelemetry.Exchange reported = telemetry.exchange(attempt.entity(), attempt.method(), attempt.target(),
        attempt.number());
    AnsweredStatus.clear();
    try {
      T answer = exchange(exchange, authorization, redaction);
      reported.end(AnsweredStatus.take(), null);
      health.answered();
      return answer;
    } catch (NexudusException e) {
      int status = e.status() > 0 ? e.status() : AnsweredStatus.take();
      reported.end(status, status >= 400 ? Integer.toString(status) : e.getClass().getName());
      throw e;
    } catch (RuntimeException e) {
      reported.end(AnsweredStatus.take(), e.getClass().getName());
      throw e;
    } finally {
      if (turn != null) {
        turn.release();
      }
    }
  }

  /** The exchange, its failures typed: what the server answered, or why nothing came. */
  private static <T> T exchange(BiFunction<@Nullable String, Redaction, T> exchange, String authorization,
      Redaction redaction) {
    return redaction.around(() -> {
      try {
        return exchange.apply(authorization, redaction);
      } catch (NexudusException e) {
        throw e;
      } catch (WebApplicationException e) {
        throw Answers.toException(e.getResponse(), redaction);
      } catch (RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof NexudusException nexudus) {
            throw nexudus;
          }
        }
        if (e instanceof ProcessingException) {
          throw NexudusUnreachableException.noAnswer(e);
        }
        throw e;
      }
    });
  }

  /** One attempt of a call, as the telemetry reports it. */
  private record Attempt(String entity, String method, String target, int number) {
    boolean write() {
      return !method.equals("GET");
    }
  }

  private static void sleep(Duration wait, NexudusRateLimitedException cause) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }

  @Override
  public String toString() {
    return settings.toString();
  }
}
