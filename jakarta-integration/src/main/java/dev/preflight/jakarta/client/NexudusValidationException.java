package dev.preflight.jakarta.client;

import dev.preflight.validation.ValidationResponse;
import java.util.Objects;

/**
 * A record was rejected, by the local pre-flight validator or by the server (a 400, or a 200 with
 * {@code WasSuccessful: false}). Both carry the same envelope type, so one handler serves both, for
 * every entity. An EmailAccount's rejection is always the subclass {@link
 * EmailAccountValidationException}, whichever client sent it.
 */
public class NexudusValidationException extends NexudusException {
  /** Who rejected the record. */
  public enum Origin {
    /** The pre-flight validator: nothing was sent. */
    LOCAL,
    /** The Nexudus server. */
    SERVER
  }

  /** The record name of EmailAccounts, whose rejections are {@link EmailAccountValidationException}s. */
  static final String EMAIL_ACCOUNT = "EmailAccount";

  private final transient ValidationResponse response;
  private final Origin origin;
  private final String recordName;

  NexudusValidationException(String recordName, ValidationResponse response, Origin origin, int status) {
    super(describe(recordName, response, origin, status), status);
    this.recordName = recordName;
    this.response = response;
    this.origin = origin;
  }

  /** A rejection by the local validator of a record of {@code recordName} ({@code Booking}); {@link #status()} is 0. */
  public static NexudusValidationException local(String recordName, ValidationResponse response) {
    return of(recordName, response, Origin.LOCAL, 0);
  }

  /** A rejection by the server of a record of {@code recordName}, with the HTTP status it answered. */
  public static NexudusValidationException server(String recordName, ValidationResponse response, int status) {
    return of(recordName, response, Origin.SERVER, status);
  }

  private static NexudusValidationException of(String recordName, ValidationResponse response, Origin origin, int status) {
    Objects.requireNonNull(recordName, "recordName == null");
    Objects.requireNonNull(response, "response == null");
    return recordName.equals(EMAIL_ACCOUNT)
        ? new EmailAccountValidationException(response, origin, status)
        : new NexudusValidationException(recordName, response, origin, status);
  }

  /** The same rejection, of a record of {@code recordName}: what a client makes of an answer read without its context. */
  NexudusValidationException of(String recordName) {
    return recordName.equals(this.recordName) ? this : of(recordName, response, origin, status());
  }

  /** The envelope: {@code Message}, {@code Value}, {@code Errors}, {@code WasSuccessful}. */
  public ValidationResponse response() {
    return response;
  }

  public Origin origin() {
    return origin;
  }

  /** One record's name, as in the server's messages: {@code Booking}, {@code EmailAccount}. */
  public String recordName() {
    return recordName;
  }

  private static String describe(String recordName, ValidationResponse response, Origin origin, int status) {
    String by = origin == Origin.LOCAL ? "rejected before sending" : "rejected by Nexudus (HTTP " + status + ")";
    return recordName + " " + by + ": " + response.message();
  }
}
