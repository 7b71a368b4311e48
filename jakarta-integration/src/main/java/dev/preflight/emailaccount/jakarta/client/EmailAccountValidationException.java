package dev.preflight.emailaccount.jakarta.client;

import dev.preflight.emailaccount.validation.ValidationResponse;
import java.util.Objects;

/**
 * The record was rejected, by the local pre-flight validator or by the server (a 400, or a 200
 * with {@code WasSuccessful: false}). Both carry the same envelope type, so one handler serves
 * both.
 */
public final class EmailAccountValidationException extends NexudusException {
  /** Who rejected the record. */
  public enum Origin {
    /** The pre-flight validator: nothing was sent. */
    LOCAL,
    /** The Nexudus server. */
    SERVER
  }

  private final transient ValidationResponse response;
  private final Origin origin;

  private EmailAccountValidationException(ValidationResponse response, Origin origin, int status) {
    super(describe(response, origin, status), status);
    this.response = response;
    this.origin = origin;
  }

  /** A rejection by the local validator; {@link #status()} is 0. */
  public static EmailAccountValidationException local(ValidationResponse response) {
    return new EmailAccountValidationException(Objects.requireNonNull(response, "response == null"), Origin.LOCAL, 0);
  }

  /** A rejection by the server, with the HTTP status it answered. */
  public static EmailAccountValidationException server(ValidationResponse response, int status) {
    return new EmailAccountValidationException(Objects.requireNonNull(response, "response == null"), Origin.SERVER, status);
  }

  /** The envelope: {@code Message}, {@code Value}, {@code Errors}, {@code WasSuccessful}. */
  public ValidationResponse response() {
    return response;
  }

  public Origin origin() {
    return origin;
  }

  private static String describe(ValidationResponse response, Origin origin, int status) {
    String by = origin == Origin.LOCAL ? "rejected before sending" : "rejected by Nexudus (HTTP " + status + ")";
    return "EmailAccount " + by + ": " + response.message();
  }
}
