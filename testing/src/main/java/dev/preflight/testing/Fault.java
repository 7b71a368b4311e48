package dev.preflight.testing;

import java.util.Map;
import java.util.Objects;

/**
 * A canned answer the simulator gives instead of its own, for the next request(s): see {@link
 * NexudusSimulator#failNext(Fault, int)}. Build one with the factories.
 *
 * @param status the HTTP status
 * @param headers extra headers ({@code Retry-After}, {@code Location})
 * @param contentType the body's media type
 * @param body the body
 * @param stalls whether the body stops after being sent, until {@link NexudusSimulator#releaseStalls()}
 *     (at most {@link NexudusSimulator#LONGEST_STALL})
 */
public record Fault(int status, Map<String, String> headers, String contentType, String body, boolean stalls) {
  /** The status of a fault that answers nothing. */
  static final int DROPPED = 0;
  static final String HTML_500 = "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>"
      + "<h1>Server Error in '/' Application.</h1></body></html>";

  public Fault {
    Objects.requireNonNull(contentType, "contentType == null");
    Objects.requireNonNull(body, "body == null");
    headers = Map.copyOf(headers);
  }

  /** 400 with this body (an envelope, or anything a broken server might send). */
  public static Fault validationError(String envelopeJson) {
    return new Fault(400, Map.of(), "application/json", envelopeJson, false);
  }

  /** 401 with Nexudus's message, whatever token was sent. */
  public static Fault unauthorized() {
    return new Fault(401, Map.of(), "application/json", NexudusSimulator.DENIED, false);
  }

  /** 404 with the bare string Nexudus sends. */
  public static Fault notFound() {
    return new Fault(404, Map.of(), "application/json", NexudusSimulator.NOT_FOUND, false);
  }

  /** 409 or 429 with {@code Retry-After} in seconds. */
  public static Fault rateLimited(int status, long retryAfterSeconds) {
    return new Fault(status, Map.of("Retry-After", Long.toString(retryAfterSeconds)), "application/json", "", false);
  }

  /** 500 with the HTML error page of an ASP.NET server. */
  public static Fault serverErrorPage() {
    return new Fault(500, Map.of(), "text/html", HTML_500, false);
  }

  /** 500 with the JSON body an ASP.NET Web API server sends for an unhandled error. */
  public static Fault serverErrorJson() {
    return new Fault(500, Map.of(), "application/json", "{\"Message\":\"An error has occurred.\"}", false);
  }

  /**
   * 200 with {@code WasSuccessful: false} and this message, no errors: how Nexudus refuses a write
   * it cannot do (a delete of a record still in use, say).
   */
  public static Fault refused(String message) {
    return new Fault(200, Map.of(), "application/json", "{\"Message\":" + dev.preflight.validation.JsonStrings.quote(message)
        + ",\"Value\":null,\"Errors\":null,\"WasSuccessful\":false}", false);
  }

  /** A redirect (301, 302, 307…) to {@code location}. */
  public static Fault redirect(int status, String location) {
    return new Fault(status, Map.of("Location", location), "text/html", "", false);
  }

  /** 200 whose body stops after its first bytes and stays open: for deadlines. */
  public static Fault stalledBody() {
    return new Fault(200, Map.of(), "application/json", "{\"Message\":", true);
  }

  /**
   * No answer at all: the connection is closed once the request is read (in a container, the
   * answer breaks off after its headers). The client cannot know whether the request was carried out.
   */
  public static Fault dropped() {
    return new Fault(DROPPED, Map.of(), "text/plain", "", false);
  }

  /** Whether this fault answers nothing. */
  public boolean drops() {
    return status == DROPPED;
  }

  /** What it answers, in a few words: {@code 429 (Retry-After 30 s)}, {@code a dropped connection}. */
  String describe() {
    if (drops()) {
      return "a dropped connection";
    }
    String retryAfter = headers.get("Retry-After");
    return (stalls ? "a stalled " : "") + status + (retryAfter == null ? "" : " (Retry-After " + retryAfter + " s)");
  }

  /** Any status, media type and body. */
  public static Fault of(int status, String contentType, String body) {
    return new Fault(status, Map.of(), contentType, body, false);
  }
}
