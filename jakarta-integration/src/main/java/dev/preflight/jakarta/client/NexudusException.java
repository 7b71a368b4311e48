package dev.preflight.jakarta.client;

/**
 * What went wrong with a Nexudus EmailAccounts call. Subclasses say what; none of their messages
 * ever holds a token or an access-token value.
 */
public abstract class NexudusException extends RuntimeException {
  private final int status;

  NexudusException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status of the server's answer, or 0 when no request was sent. */
  public int status() {
    return status;
  }
}
