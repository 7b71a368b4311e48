package dev.preflight.jakarta.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens from the Nexudus password grant ({@code POST /api/token}, form-encoded), kept until
 * {@code expires_in} less a margin (a tenth of the lifetime, 60 s at most), then renewed with the
 * refresh token, or with a new password grant when there is none or Nexudus refuses it. However
 * many threads ask at once, one request renews the token; the others wait for it. When Nexudus
 * answers a request 401, {@link NexudusEntities} calls {@link #rejected}, which makes the next
 * {@link #token()} renew, and repeats the request once.
 *
 * <p>Every token exchange has the deadline given to {@link #of}. A refusal is a {@link
 * NexudusTokenException} carrying the OAuth error code. The password, the one-time code, the
 * refresh and the access tokens never appear in a message, an excerpt or {@link #toString()}.
 * Thread-safe; {@link #close()} ends its worker thread.
 */
public final class PasswordGrantTokens implements BearerTokenSupplier, AutoCloseable {
  /** The longest margin kept before a token's expiry. */
  static final Duration LONGEST_MARGIN = Duration.ofSeconds(60);
  /** How long Nexudus documents a refresh token to last, less a margin. */
  static final Duration REFRESH_LIFETIME = Duration.ofDays(15).minusHours(1);

  private final TokenApi api;
  private final PasswordCredentials credentials;
  private final Duration timeout;
  private final Deadlines deadlines = new Deadlines(1);
  private final Object renewing = new Object();
  private volatile @Nullable Grant current;

  /** A token and when to renew it; {@link #toString()} shows neither token. */
  private record Grant(String accessToken, long renewAtNanos, @Nullable String refreshToken, long refreshUntilNanos) {
    boolean fresh(long now) {
      return now - renewAtNanos < 0;
    }

    boolean refreshable(long now) {
      return refreshToken != null && now - refreshUntilNanos < 0;
    }

    Grant stale(long now) {
      return new Grant(accessToken, now, refreshToken, refreshUntilNanos);
    }

    @Override
    public String toString() {
      return "Grant[***]";
    }
  }

  private PasswordGrantTokens(TokenApi api, PasswordCredentials credentials, Duration timeout) {
    this.api = api;
    this.credentials = credentials;
    this.timeout = timeout;
  }

  /** Tokens from {@code api} for {@code credentials}, each token exchange within {@code timeout}. */
  public static PasswordGrantTokens of(TokenApi api, PasswordCredentials credentials, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new PasswordGrantTokens(Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(credentials, "credentials == null"), timeout);
  }

  /**
   * The current token, renewed first when it is due.
   *
   * @throws NexudusTokenException if Nexudus refuses the grant
   */
  @Override
  public String token() {
    Grant grant = current;
    if (grant != null && grant.fresh(System.nanoTime())) {
      return grant.accessToken();
    }
    synchronized (renewing) {
      grant = current;
      long now = System.nanoTime();
      if (grant != null && grant.fresh(now)) {
        return grant.accessToken();
      }
      Grant renewed = renew(grant, now);
      current = renewed;
      return renewed.accessToken();
    }
  }

  /** Marks {@code token} as refused, so that the next {@link #token()} renews it; true: a new one can be had. */
  @Override
  public boolean rejected(String token) {
    synchronized (renewing) {
      Grant grant = current;
      if (grant != null && grant.accessToken().equals(token)) {
        current = grant.stale(System.nanoTime());
      }
    }
    return true;
  }

  private Grant renew(@Nullable Grant grant, long now) {
    if (grant != null && grant.refreshable(now)) {
      Form refresh = new Form().param("grant_type", "refresh_token").param("refresh_token", grant.refreshToken());
      try {
        return exchange(refresh, grant);
      } catch (NexudusTokenException refused) {
        // An expired or revoked refresh token: a new password grant follows.
      }
    }
    Form password = new Form().param("grant_type", "password").param("username", credentials.username())
        .param("password", credentials.password());
    if (credentials.totp() != null) {
      password.param("totp", credentials.totp());
    }
    return exchange(password, grant);
  }

  private Grant exchange(Form form, @Nullable Grant previous) {
    List<@Nullable String> secrets = new ArrayList<>(List.of(credentials.password()));
    secrets.add(credentials.totp());
    if (previous != null) {
      secrets.add(previous.accessToken());
      secrets.add(previous.refreshToken());
    }
    Redaction redaction = Redaction.of(secrets);
    return deadlines.within(timeout, () -> redaction.around(() -> {
      try (Response response = send(form)) {
        byte[] body = Answers.body(response);
        Grant grant = response.getStatus() == Answers.OK ? grant(body) : null;
        if (grant != null) {
          return grant;
        }
        JsonObject refusal = response.getStatus() == 400 || response.getStatus() == 401 ? object(body) : null;
        if (refusal != null && refusal.get("error") instanceof JsonString error) {
          String description = refusal.get("error_description") instanceof JsonString text ? text.getString() : "";
          throw new NexudusTokenException(response.getStatus(), redaction.scrub(error.getString()),
              redaction.excerpt(description.getBytes(StandardCharsets.UTF_8)));
        }
        throw Answers.unexpected(response, body, redaction);
      }
    }));
  }

  /** The answer, whatever its status. */
  private Response send(Form form) {
    try {
      return api.token(credentials.clientId(), form);
    } catch (WebApplicationException failed) {
      return failed.getResponse();
    } catch (ProcessingException unreachable) {
      throw NexudusUnreachableException.noAnswer(unreachable);
    }
  }

  /** The grant in a 200 answer, or null when it holds no {@code access_token}. */
  private static @Nullable Grant grant(byte[] body) {
    JsonObject answer = object(body);
    if (answer == null || !(answer.get("access_token") instanceof JsonString access) || access.getString().isBlank()) {
      return null;
    }
    long now = System.nanoTime();
    Duration lifetime = answer.get("expires_in") instanceof JsonNumber seconds && seconds.isIntegral()
        && seconds.longValue() > 0 ? Duration.ofSeconds(Math.min(seconds.longValue(), Duration.ofDays(365).toSeconds()))
        : null;
    Duration margin = lifetime == null ? Duration.ZERO
        : lifetime.dividedBy(10).compareTo(LONGEST_MARGIN) < 0 ? lifetime.dividedBy(10) : LONGEST_MARGIN;
    // Without expires_in, the token is kept until Nexudus answers 401.
    long renewAt = lifetime == null ? now + Duration.ofDays(365).toNanos() : now + lifetime.minus(margin).toNanos();
    String refresh = answer.get("refresh_token") instanceof JsonString text && !text.getString().isBlank()
        ? text.getString() : null;
    return new Grant(access.getString(), renewAt, refresh, now + REFRESH_LIFETIME.toNanos());
  }

  private static @Nullable JsonObject object(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException | ArithmeticException notJson) {
      return null;
    }
  }

  /** Ends the worker thread of the token exchanges. */
  @Override
  public void close() {
    deadlines.close();
  }

  @Override
  public String toString() {
    return "PasswordGrantTokens[" + credentials + ", " + (current == null ? "no token yet" : "a token") + "]";
  }
}
