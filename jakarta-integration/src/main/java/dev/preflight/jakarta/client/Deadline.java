package dev.preflight.jakarta.client;

import java.time.Duration;

/**
 * The moment one call must be over by, counted from the call: every wait the call makes ends by
 * it, whatever the server or the token endpoint does (the lock on its record, the token, the pacing
 * turn, a free worker, the exchange itself, retries). Immutable.
 */
final class Deadline {
  private final Duration timeout;
  private final long atNanos;

  private Deadline(Duration timeout, long atNanos) {
    this.timeout = timeout;
    this.atNanos = atNanos;
  }

  /** The deadline {@code timeout} from now. */
  static Deadline after(Duration timeout) {
    return new Deadline(timeout, System.nanoTime() + timeout.toNanos());
  }

  /** The whole time the call was given, for messages. */
  Duration timeout() {
    return timeout;
  }

  /** Nanoseconds left; zero or less once it has passed. */
  long remainingNanos() {
    return atNanos - System.nanoTime();
  }

  boolean passed() {
    return remainingNanos() <= 0;
  }

  /** Whether a wait of {@code wait} from now would end by the deadline. */
  boolean allows(Duration wait) {
    return wait.toNanos() <= remainingNanos();
  }

  @Override
  public String toString() {
    return "Deadline[" + timeout.toMillis() + " ms, " + Math.max(0, remainingNanos() / 1_000_000) + " ms left]";
  }
}
