package dev.preflight.jakarta.client;

import dev.preflight.jakarta.json.ValidationResponseJson;
import dev.preflight.validation.ValidationResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the server's HTTP answers into results or typed exceptions; every status has a type. */
final class Answers {
  /** The most of a body that is read: a larger one is not a Nexudus answer. */
  static final int MAX_BODY = 1_048_576;
  /** The status of every successful Nexudus answer. */
  static final int OK = 200;
  /**
   * The record name of the rejections and 404s made here, without the call's context: the client
   * that made the call names them ({@code Exchanges}).
   */
  static final String RECORD = "record";

  private static final Pattern WAIT_SECONDS = Pattern.compile("(?i)\\bwait\\s+(\\d+)\\s+seconds?\\b");

  private Answers() {}

  /**
   * The typed exception for an answer that is not a success: 400 with an envelope, 401/403, 404,
   * 429, 409 when it is throttling; anything else (1xx, 3xx, 5xx, an unknown status, a 409 with a
   * body and no {@code Retry-After}: a conflict, not to be retried blindly) is a {@link
   * NexudusServerException}.
   */
  static NexudusException toException(Response response, Redaction redaction) {
    int status = response.getStatus();
    byte[] body = body(response);
    return switch (status) {
      case 400 -> ValidationResponseJson.parse(body)
          .filter(envelope -> !envelope.wasSuccessful())
          .<NexudusException>map(envelope -> NexudusValidationException.server(RECORD, redaction.scrub(envelope), status))
          .orElseGet(() -> unexpected(response, body, redaction));
      case 401, 403 -> new NexudusAuthenticationException(status);
      case 404 -> new NexudusNotFoundException(RECORD);
      case 429 -> new NexudusRateLimitedException(status, retryAfter(response, body));
      case 409 -> isThrottling(response, body)
          ? new NexudusRateLimitedException(status, retryAfter(response, body))
          : unexpected(response, body, redaction);
      default -> unexpected(response, body, redaction);
    };
  }

  /**
   * The success envelope of an answer to a write: {@code expected} status, {@code WasSuccessful:
   * true}, no errors and an integer {@code Value.Id}, equal to {@code recordId} when that is not
   * null. {@code WasSuccessful: false} is thrown as a server-side rejection; anything else as a
   * typed exception.
   */
  static ValidationResponse envelope(Response response, Redaction redaction, @Nullable Long recordId, int... expected) {
    try (response) {
      byte[] body = successBody(response, redaction, expected);
      Optional<ValidationResponse> envelope = ValidationResponseJson.parse(body);
      if (envelope.isPresent() && !envelope.get().wasSuccessful()) {
        throw NexudusValidationException.server(RECORD, redaction.scrub(envelope.get()), response.getStatus());
      }
      if (envelope.isEmpty() || envelope.get().value() == null
          || recordId != null && envelope.get().value().id() != recordId) {
        throw unexpected(response, body, redaction);
      }
      return envelope.get();
    }
  }

  /**
   * The success envelope of a command's answer: status 200, {@code WasSuccessful: true}, no errors;
   * its {@code Value} is the command's own. {@code WasSuccessful: false} is thrown as a server-side
   * rejection; anything else as a typed exception.
   */
  static ValidationResponse commandEnvelope(Response response, Redaction redaction) {
    try (response) {
      byte[] body = successBody(response, redaction, OK);
      Optional<ValidationResponse> envelope = ValidationResponseJson.parse(body);
      if (envelope.isPresent() && !envelope.get().wasSuccessful()) {
        throw NexudusValidationException.server(RECORD, redaction.scrub(envelope.get()), response.getStatus());
      }
      return envelope.orElseThrow(() -> unexpected(response, body, redaction));
    }
  }

  /** The body of an answer with one of the {@code expected} statuses; any other is thrown typed. */
  static byte[] successBody(Response response, Redaction redaction, int... expected) {
    int status = response.getStatus();
    AnsweredStatus.noted(status);
    if (status < 200 || status >= 300) {
      throw toException(response, redaction);
    }
    byte[] body = body(response);
    for (int ok : expected) {
      if (status == ok) {
        return body;
      }
    }
    throw unexpected(response, body, redaction);
  }

  static NexudusServerException unexpected(Response response, byte[] body, Redaction redaction) {
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    return new NexudusServerException(
        response.getStatus(), redaction.excerpt(body), location == null ? null : redaction.scrub(location));
  }

  /**
   * The body, at most {@link #MAX_BODY} bytes (more is cut off); empty when there is none.
   *
   * @throws NexudusUnreachableException if the connection fails before the body's end
   */
  static byte[] body(Response response) {
    try {
      if (!response.hasEntity()) {
        return new byte[0];
      }
      try (InputStream in = response.readEntity(InputStream.class)) {
        if (in == null) {
          return new byte[0];
        }
        Deadlines.closeIfLate(in);
        return in.readNBytes(MAX_BODY);
      }
    } catch (IOException | RuntimeException broken) {
      throw NexudusUnreachableException.brokenAnswer(response.getStatus(), broken);
    }
  }

  /**
   * Whether a 409 is Nexudus throttling: it documents its throttling 409 with a {@code Retry-After}
   * header and an empty body (the reason in the status line); a 409 with neither is something else.
   */
  static boolean isThrottling(Response response, byte[] body) {
    return response.getHeaderString("Retry-After") != null || new String(body, StandardCharsets.UTF_8).isBlank();
  }

  /**
   * How long to wait: {@code Retry-After}, else the {@code Wait N seconds} of a text body (the
   * 429 answer a Nexudus client has seen); null when neither says.
   */
  static @Nullable Duration retryAfter(Response response, byte[] body) {
    Duration header = retryAfter(response.getHeaderString("Retry-After"));
    if (header != null) {
      return header;
    }
    Matcher wait = WAIT_SECONDS.matcher(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
    return wait.find() ? retryAfter(wait.group(1)) : null;
  }

  /**
   * {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. A number of
   * seconds too large for a {@code long} is the longest wait there is, not an unreadable header.
   */
  static @Nullable Duration retryAfter(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Duration.ofSeconds(Long.MAX_VALUE);
      }
      try {
        Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
