package dev.preflight.jakarta.client;

/**
 * The token endpoint refused to give a token: {@link #error()} is the OAuth error code it sent
 * ({@code invalid_grant} for a wrong user name, password or one-time code; {@code
 * unsupported_grant_type}), {@link #status()} its HTTP status (400). The description is scrubbed of
 * every secret of the request and cut to 200 characters.
 */
public final class NexudusTokenException extends NexudusException {
  private final String error;

  NexudusTokenException(int status, String error, String description) {
    super("Nexudus refused the token request (HTTP " + status + ", " + error + ")"
        + (description.isBlank() ? "" : ": " + description), status);
    this.error = error;
  }

  /** The OAuth error code, {@code invalid_grant} for example. */
  public String error() {
    return error;
  }
}
