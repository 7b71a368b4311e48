package dev.preflight.emailaccount.jakarta.client;

import dev.preflight.emailaccount.jakarta.json.ValidationResponseJson;
import dev.preflight.emailaccount.validation.ValidationResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the server's HTTP answers into results or typed exceptions. */
final class Answers {
  /** The most of a body that is read: a larger one is not a Nexudus envelope. */
  static final int MAX_BODY = 1_048_576;
  static final int EXCERPT_CHARS = 200;
  private static final int EXCERPT_SOURCE_BYTES = 4096;
  private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(?i)(\"(?:GoogleAccessToken|Office365AccessToken|access_token|refresh_token|token|password)\"\\s*:\\s*)\"[^\"]*\"");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Answers() {}

  /** The typed exception for an answer of 400 or more. */
  static NexudusException toException(Response response) {
    int status = response.getStatus();
    byte[] body = body(response);
    return switch (status) {
      case 400 -> ValidationResponseJson.parse(body)
          .<NexudusException>map(envelope -> EmailAccountValidationException.server(envelope, status))
          .orElseGet(() -> unexpected(status, body));
      case 401, 403 -> new NexudusAuthenticationException(status);
      case 404 -> new NexudusNotFoundException();
      case 409, 429 -> new NexudusRateLimitedException(status, retryAfter(response.getHeaderString("Retry-After")));
      default -> unexpected(status, body);
    };
  }

  /**
   * The envelope of a successful answer; a 200 with {@code WasSuccessful: false} is thrown as a
   * server-side validation failure, anything that is not an envelope as a server exception.
   */
  static ValidationResponse envelope(Response response) {
    try (response) {
      int status = response.getStatus();
      byte[] body = body(response);
      Optional<ValidationResponse> envelope = isSuccessful(status) ? ValidationResponseJson.parse(body) : Optional.empty();
      if (envelope.isEmpty()) {
        throw unexpected(status, body);
      }
      if (!envelope.get().wasSuccessful()) {
        throw EmailAccountValidationException.server(envelope.get(), status);
      }
      return envelope.get();
    }
  }

  static boolean isSuccessful(int status) {
    return status >= 200 && status < 300;
  }

  static NexudusServerException unexpected(int status, byte[] body) {
    return new NexudusServerException(status, excerpt(body));
  }

  /** The body, at most {@link #MAX_BODY} bytes (more is cut off); empty when there is none. */
  static byte[] body(Response response) {
    try {
      if (!response.hasEntity()) {
        return new byte[0];
      }
      try (InputStream in = response.readEntity(InputStream.class)) {
        return in == null ? new byte[0] : in.readNBytes(MAX_BODY);
      }
    } catch (IOException | RuntimeException unreadable) {
      return new byte[0];
    }
  }

  /** At most 200 characters of the body, white space folded, bearer tokens and secret fields removed. */
  static String excerpt(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, EXCERPT_SOURCE_BYTES), StandardCharsets.UTF_8);
    text = BEARER.matcher(text).replaceAll("Bearer ***");
    text = SECRET_FIELD.matcher(text).replaceAll("$1\"***\"");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  static @Nullable Duration retryAfter(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  /** The {@code Authorization} header value for {@code token}. */
  static @Nullable String authorization(@Nullable String token) {
    return token == null || token.isBlank() ? null : "Bearer " + token;
  }
}
