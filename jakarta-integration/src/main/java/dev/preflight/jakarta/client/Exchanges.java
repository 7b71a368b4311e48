package dev.preflight.jakarta.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * How every client of one Nexudus account makes its exchanges: a token for each, a deadline on a
 * bounded pool of workers, the call's secrets scrubbed from what comes back, one repeat with a new
 * token after a 401, retries after throttling within the settings, and writes paced when the
 * settings pace them. Each client holds its own {@code Exchanges}; clients made with {@link #share()}
 * share the pool and the pace (Nexudus counts writes per account, whatever the entity). A closed one
 * refuses calls; the workers end when the last one sharing them closes. Thread-safe.
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
  /** How many of the {@code Exchanges} sharing these workers are open. */
  private final AtomicInteger open;
  private final AtomicBoolean closed = new AtomicBoolean();

  Exchanges(ClientSettings settings, BearerTokenSupplier tokens) {
    this.settings = settings;
    this.tokens = tokens;
    this.deadlines = new Deadlines(settings.maxConcurrentExchanges());
    this.pacer = WritePacer.of(settings.pacedWrites(), settings.pacingWindow());
    this.open = new AtomicInteger(1);
  }

  private Exchanges(Exchanges shared) {
    this.settings = shared.settings;
    this.tokens = shared.tokens;
    this.deadlines = shared.deadlines;
    this.pacer = shared.pacer;
    this.open = shared.open;
  }

  ClientSettings settings() {
    return settings;
  }

  /**
   * Exchanges for another client, on the same workers, token supplier and pace.
   *
   * @throws IllegalStateException if this one is closed
   */
  Exchanges share() {
    if (closed.get() || open.getAndUpdate(n -> n == 0 ? 0 : n + 1) == 0) {
      throw new IllegalStateException(CLOSED);
    }
    return new Exchanges(this);
  }

  /** Refuses later calls; the last of those sharing the workers ends them, interrupting any exchange under way. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && open.decrementAndGet() == 0) {
      deadlines.close();
    }
  }

  /**
   * Makes one exchange about a record of {@code recordName} ({@code Booking}), again after a
   * rate-limit answer while the settings allow: waits at least {@code minWait} between attempts and
   * never retries past {@code retryBudget}. Each attempt at a write waits for its turn first when
   * the settings pace writes. Rejections and 404s are named after the record.
   */
  <T> T call(String recordName, boolean write, List<String> recordSecrets,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    if (closed.get()) {
      throw new IllegalStateException(CLOSED);
    }
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      if (write) {
        awaitTurn();
      }
      try {
        return once(recordSecrets, exchange);
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
            || spent.plus(wait).compareTo(settings.retryBudget()) > 0) {
          throw e;
        }
        LOG.log(Level.INFO, "Nexudus rate limited attempt {0} of {1}; retrying in {2} ms",
            attempt, settings.maxAttempts(), wait.toMillis());
        sleep(wait, e);
      }
    }
  }

  /**
   * One exchange, repeated once with a new token when Nexudus answers 401 and the token supplier
   * can give another ({@link BearerTokenSupplier#rejected}).
   */
  private <T> T once(List<String> recordSecrets, BiFunction<@Nullable String, Redaction, T> exchange) {
    String token = tokens.token();
    try {
      return with(token, recordSecrets, exchange);
    } catch (NexudusAuthenticationException refused) {
      if (refused.status() != UNAUTHORIZED || token == null || !tokens.rejected(token)) {
        throw refused;
      }
      LOG.log(Level.INFO, "Nexudus answered 401; repeating the request once with a new token");
      return with(tokens.token(), recordSecrets, exchange);
    }
  }

  /** One exchange on a worker, within the deadline, with this call's secrets scrubbed from its answers. */
  private <T> T with(@Nullable String token, List<String> recordSecrets,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    List<@Nullable String> secrets = new ArrayList<>(recordSecrets);
    secrets.add(token);
    Redaction redaction = Redaction.of(secrets);
    return deadlines.within(settings.timeout(), () -> redaction.around(() -> {
      try {
        return exchange.apply(tokens.authorization(token), redaction);
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
    }));
  }

  private void awaitTurn() {
    try {
      pacer.awaitTurn();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw NexudusUnreachableException.interruptedBeforeSending(interrupted);
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
