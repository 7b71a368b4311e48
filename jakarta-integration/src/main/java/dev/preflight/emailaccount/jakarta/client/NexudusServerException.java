package dev.preflight.emailaccount.jakarta.client;

/**
 * An answer that is not a Nexudus result: a 5xx, an HTML page, an empty body, or a status this
 * client does not know. Keeps the status and a short excerpt of the body with anything that looks
 * like a token removed.
 */
public final class NexudusServerException extends NexudusException {
  private final String bodyExcerpt;

  NexudusServerException(int status, String bodyExcerpt) {
    super("Nexudus answered HTTP " + status + " with "
        + (bodyExcerpt.isEmpty() ? "an empty body" : "\"" + bodyExcerpt + "\""), status);
    this.bodyExcerpt = bodyExcerpt;
  }

  /** At most 200 characters of the body, redacted; empty when there was none. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
