package dev.preflight.jakarta.client;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** 409 or 429: too many requests (Nexudus allows 60 writes a minute). */
public final class NexudusRateLimitedException extends NexudusException {
  private final transient @Nullable Duration retryAfter;

  NexudusRateLimitedException(int status, @Nullable Duration retryAfter) {
    super("Nexudus is rate limiting requests (HTTP " + status + ")"
        + (retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s"), status);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
