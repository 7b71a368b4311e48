package dev.preflight.jakarta.client;

/**
 * The copy of a failure that is attached as the cause of a {@link NexudusException}: the original's
 * class name and message with every secret scrubbed, its stack trace, and the same for its causes.
 * A Rest Client implementation's exception may quote a header, a URL or part of a body, so the
 * original never leaves the client.
 */
public final class RedactedCause extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** How deep a chain of causes is copied; a longer chain is cut off there. */
  private static final int MAX_DEPTH = 16;

  private final String originalClassName;

  private RedactedCause(String originalClassName, String message) {
    super(message);
    this.originalClassName = originalClassName;
  }

  /** A scrubbed copy of {@code failure} and its causes. */
  static RedactedCause of(Throwable failure, Redaction redaction) {
    return copy(failure, redaction, 0);
  }

  private static RedactedCause copy(Throwable failure, Redaction redaction, int depth) {
    String message = failure.getMessage();
    RedactedCause copy = new RedactedCause(failure.getClass().getName(),
        failure.getClass().getName() + (message == null ? "" : ": " + redaction.scrub(message)));
    copy.setStackTrace(failure.getStackTrace());
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure && depth < MAX_DEPTH) {
      copy.initCause(copy(cause, redaction, depth + 1));
    }
    return copy;
  }

  /** The class of the failure this is a copy of. */
  public String originalClassName() {
    return originalClassName;
  }

  /** The message, which starts with the original class's name. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + getMessage() + "]";
  }
}
