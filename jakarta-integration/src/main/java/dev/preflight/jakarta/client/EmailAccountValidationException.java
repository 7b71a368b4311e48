package dev.preflight.jakarta.client;

import dev.preflight.validation.ValidationResponse;

/**
 * An EmailAccount was rejected, by the local pre-flight validator or by the server (a 400, or a
 * 200 with {@code WasSuccessful: false}). Both carry the same envelope type, so one handler serves
 * both.
 */
public final class EmailAccountValidationException extends NexudusValidationException {

  EmailAccountValidationException(ValidationResponse response, Origin origin, int status) {
    super(EMAIL_ACCOUNT, response, origin, status);
  }

  /** A rejection by the local validator; {@link #status()} is 0. */
  public static EmailAccountValidationException local(ValidationResponse response) {
    return (EmailAccountValidationException) NexudusValidationException.local(EMAIL_ACCOUNT, response);
  }

  /** A rejection by the server, with the HTTP status it answered. */
  public static EmailAccountValidationException server(ValidationResponse response, int status) {
    return (EmailAccountValidationException) NexudusValidationException.server(EMAIL_ACCOUNT, response, status);
  }
}
