package dev.preflight.jakarta.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * No whole answer: the connection failed, timed out or broke while the answer was being read, or
 * the call's deadline passed. {@link #status()} is the status of an answer that broke off, else 0.
 * When {@link #outcomeUnknown()}, the request may have reached Nexudus and been applied: read the
 * record again before repeating a write. The cause is a {@link RedactedCause}: the original's class,
 * message and stack trace with every secret scrubbed.
 */
public final class NexudusUnreachableException extends NexudusException {
  private static final String UNKNOWN = ": the outcome of the request is unknown";

  private final boolean outcomeUnknown;

  private NexudusUnreachableException(String message, int status, boolean outcomeUnknown, @Nullable Throwable cause) {
    super(message, status);
    this.outcomeUnknown = outcomeUnknown;
    if (cause != null) {
      initCause(RedactedCause.of(cause, Redaction.current()));
    }
  }

  /** The request failed before an answer began: not sent when the connection itself failed. */
  static NexudusUnreachableException noAnswer(Throwable cause) {
    Throwable reason = connectFailure(cause);
    boolean notSent = reason != null;
    reason = notSent ? reason : rootCause(cause);
    return new NexudusUnreachableException("Nexudus could not be reached (" + reason.getClass().getSimpleName() + ")"
        + (notSent ? ": the request was not sent" : UNKNOWN), 0, !notSent, cause);
  }

  /** The answer's body could not be read to its end. */
  static NexudusUnreachableException brokenAnswer(int status, Throwable cause) {
    return new NexudusUnreachableException("The connection to Nexudus broke while reading its answer (HTTP " + status
        + ", " + rootCause(cause).getClass().getSimpleName() + ")" + UNKNOWN, status, true, cause);
  }

  /** The exchange took longer than the deadline. */
  static NexudusUnreachableException deadlinePassed(Duration deadline) {
    return new NexudusUnreachableException(
        "Nexudus did not answer within " + deadline.toMillis() + " ms" + UNKNOWN, 0, true, null);
  }

  /**
   * The deadline passed while the call waited for {@code what} (the lock on its record, a pacing
   * turn): nothing was sent.
   */
  static NexudusUnreachableException deadlinePassedBeforeSending(Duration deadline, String what) {
    return new NexudusUnreachableException("The call's " + deadline.toMillis() + " ms passed while it waited for "
        + what + ": the request was not sent", 0, false, null);
  }

  /** The calling thread was interrupted while it waited. */
  static NexudusUnreachableException interrupted(InterruptedException cause) {
    return new NexudusUnreachableException("Interrupted while waiting for Nexudus" + UNKNOWN, 0, true, cause);
  }

  /** The calling thread was interrupted before anything was sent. */
  static NexudusUnreachableException interruptedBeforeSending(InterruptedException cause) {
    return new NexudusUnreachableException("Interrupted before calling Nexudus: the request was not sent", 0, false,
        cause);
  }

  /** Whether the request may have reached Nexudus (and, for a write, been applied). */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** The first cause that says the connection itself failed, so nothing was sent; null if none does. */
  private static @Nullable Throwable connectFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (isConnectFailure(cause)) {
        return cause;
      }
    }
    return null;
  }

  private static boolean isConnectFailure(Throwable reason) {
    return reason instanceof ConnectException
        || reason instanceof UnknownHostException
        || reason instanceof NoRouteToHostException
        || reason instanceof HttpConnectTimeoutException
        || (reason instanceof java.net.SocketTimeoutException && String.valueOf(reason.getMessage()).contains("connect"));
  }

  private static Throwable rootCause(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
