package dev.preflight.emailaccount.jakarta.client;

/** No answer: the connection failed or timed out. {@link #status()} is 0. */
public final class NexudusUnreachableException extends NexudusException {
  NexudusUnreachableException(Throwable cause) {
    super("Nexudus could not be reached: " + cause.getClass().getSimpleName(), 0);
    initCause(cause);
  }
}
