package dev.preflight.emailaccount.jakarta.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link NexudusEmailAccounts} behaves.
 *
 * @param validateBeforeSend validate every record before sending it (pre-flight); default true
 * @param maxAttempts how many times to send a request that is rate limited (1: never retry)
 * @param maxWait the longest {@code Retry-After} worth waiting for; a longer one is thrown at once
 */
public record ClientSettings(boolean validateBeforeSend, int maxAttempts, Duration maxWait) {
  /** Pre-flight on, no retry. */
  public static final ClientSettings DEFAULTS = new ClientSettings(true, 1, Duration.ofSeconds(60));

  public ClientSettings {
    Objects.requireNonNull(maxWait, "maxWait == null");
    if (maxAttempts < 1 || maxWait.isNegative()) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 and maxWait not negative");
    }
  }
}
