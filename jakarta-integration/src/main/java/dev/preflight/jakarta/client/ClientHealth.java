package dev.preflight.jakarta.client;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a client last learnt about reaching Nexudus, from the calls it made (it never makes one to
 * find out, so a readiness probe spends nothing of the rate limit): ready until a call fails to get
 * a token, is refused its credentials (401, 403) or gets no answer; ready again after the next
 * answer from Nexudus. A call that ended before it was sent (its deadline passed waiting for a
 * worker or a pacing turn) changes nothing. Thread-safe.
 */
public final class ClientHealth {
  private record State(boolean ready, @Nullable String reason, @Nullable Instant since) {}

  private volatile State state = new State(true, null, null);

  ClientHealth() {}

  /** Whether the last call reached Nexudus with credentials it took (true before any call). */
  public boolean ready() {
    return state.ready();
  }

  /** Why the client is not ready ({@code the token endpoint refused the credentials (HTTP 400)}), if it is not. */
  public Optional<String> reason() {
    return Optional.ofNullable(state.reason());
  }

  /** When the client last learnt its state, if it has made a call. */
  public Optional<Instant> since() {
    return Optional.ofNullable(state.since());
  }

  void answered() {
    if (!state.ready() || state.since() == null) {
      state = new State(true, null, Instant.now());
    }
  }

  void failed(RuntimeException e) {
    String reason = null;
    if (e instanceof NexudusTokenException token) {
      reason = "the token endpoint refused the credentials (HTTP " + token.status() + ")";
    } else if (e instanceof NexudusAuthenticationException refused) {
      reason = "Nexudus refused the credentials (HTTP " + refused.status() + ")";
    } else if (e instanceof NexudusUnreachableException unreachable && unreachable.outcomeUnknown()) {
      reason = "no answer from Nexudus";
    }
    if (reason != null) {
      state = new State(false, reason, Instant.now());
    } else if (e instanceof NexudusException && !(e instanceof NexudusUnreachableException)) {
      answered();
    }
  }

  @Override
  public String toString() {
    State current = state;
    return current.ready() ? "ClientHealth[ready]" : "ClientHealth[not ready: " + current.reason() + "]";
  }
}
