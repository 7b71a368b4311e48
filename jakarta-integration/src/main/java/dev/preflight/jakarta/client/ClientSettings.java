package dev.preflight.jakarta.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link NexudusEntities} behaves. Start from {@link #DEFAULTS} and change what you need:
 * {@code ClientSettings.DEFAULTS.withMaxAttempts(3).withTimeout(Duration.ofSeconds(10))}.
 *
 * @param validateBeforeSend validate every record before sending it (pre-flight); default true
 * @param timeout the longest one HTTP exchange may take, from sending the request to the last byte
 *     of the answer, whatever the Rest Client implementation does with its own timeouts; default 30 s
 * @param maxAttempts how many times to send a request that is rate limited (1: never retry); default 1
 * @param maxWait the longest {@code Retry-After} worth waiting for; a longer one is thrown at once;
 *     default 60 s
 * @param minWait the shortest wait between two attempts, whatever {@code Retry-After} says; default 1 s
 * @param retryBudget the longest a call may spend retrying, counted from its first attempt: a retry
 *     that would start later is not made; default 120 s
 * @param maxConcurrentExchanges the most exchanges one client has under way at once, each on a
 *     worker thread of its own: more calls wait for a worker, within their deadline, so a stalling
 *     server never holds more threads or sockets than this; default 16
 * @param pacedWrites with {@code pacingWindow}: the most writes (PUT, POST, DELETE, retries
 *     included) that may start in any {@code pacingWindow}; a write beyond waits for its turn. 0 (the
 *     default) turns pacing off. Pacing counts from the moment a write starts, a little before
 *     Nexudus counts it: leave a margin ({@code withWritePacing(55, Duration.ofMinutes(1))} for
 *     Nexudus's 60 a minute)
 * @param pacingWindow see {@code pacedWrites}; default 1 minute
 */
public record ClientSettings(
    boolean validateBeforeSend, Duration timeout, int maxAttempts, Duration maxWait, Duration minWait,
    Duration retryBudget, int maxConcurrentExchanges, int pacedWrites, Duration pacingWindow) {
  /**
   * Pre-flight on, 30 s per exchange, no retry (when retries are allowed: 1 s apart at least, 120 s
   * in all), 16 exchanges at once, no pacing.
   */
  public static final ClientSettings DEFAULTS = new ClientSettings(
      true, Duration.ofSeconds(30), 1, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(120), 16,
      0, Duration.ofMinutes(1));

  public ClientSettings {
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(maxWait, "maxWait == null");
    Objects.requireNonNull(minWait, "minWait == null");
    Objects.requireNonNull(retryBudget, "retryBudget == null");
    Objects.requireNonNull(pacingWindow, "pacingWindow == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (maxWait.isNegative() || minWait.isNegative() || retryBudget.isNegative()) {
      throw new IllegalArgumentException("maxWait, minWait and retryBudget must not be negative");
    }
    if (maxConcurrentExchanges < 1) {
      throw new IllegalArgumentException("maxConcurrentExchanges must be at least 1: " + maxConcurrentExchanges);
    }
    if (pacedWrites < 0 || pacingWindow.isNegative() || pacingWindow.isZero()) {
      throw new IllegalArgumentException("pacedWrites must not be negative and pacingWindow must be positive: "
          + pacedWrites + ", " + pacingWindow);
    }
  }

  public ClientSettings withValidateBeforeSend(boolean validateBeforeSend) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withTimeout(Duration timeout) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withMaxAttempts(int maxAttempts) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withMaxWait(Duration maxWait) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withMinWait(Duration minWait) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withRetryBudget(Duration retryBudget) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  public ClientSettings withMaxConcurrentExchanges(int maxConcurrentExchanges) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        pacedWrites, pacingWindow);
  }

  /** At most {@code writes} writes starting in any {@code window}; {@code 0} turns pacing off. */
  public ClientSettings withWritePacing(int writes, Duration window) {
    return new ClientSettings(validateBeforeSend, timeout, maxAttempts, maxWait, minWait, retryBudget, maxConcurrentExchanges,
        writes, window);
  }
}
