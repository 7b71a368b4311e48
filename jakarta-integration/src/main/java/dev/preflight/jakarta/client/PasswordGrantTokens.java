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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens from the Nexudus password grant ({@code POST /api/token}, form-encoded), kept until
 * {@code expires_in} less a margin (a tenth of the lifetime, 60 s at most; an hour when it says
 * nothing usable), then renewed with the refresh token, or with a new password grant when there is
 * none or Nexudus refuses it. However many threads ask at once, one request renews the token; the
 * others wait for it, each no longer than the timeout. When Nexudus
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
  /** How long a token is kept when the grant says nothing usable about its lifetime. */
  static final Duration UNKNOWN_LIFETIME = Duration.ofHours(1);
  /** The longest a token is kept, whatever the grant says. */
  static final Duration LONGEST_LIFETIME = Duration.ofDays(365);
  /** How long Nexudus documents a refresh token to last, less a margin. */
  static final Duration REFRESH_LIFETIME = Duration.ofDays(15).minusHours(1);

  private final TokenApi api;
  private final PasswordCredentials credentials;
  private final Duration timeout;
  private final Deadlines deadlines = new Deadlines(1);
  /** Runs the renewals, one at a time; its thread ends when idle. */
  private final ExecutorService renewer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "preflight-token-renewal");
        thread.setDaemon(true);
        return thread;
      });
  private final Object renewing = new Object();
  private final ClientTelemetry telemetry;
  private volatile @Nullable Grant current;
  /** The renewal under way, if any: every thread that needs a token waits for this one. */
  private @Nullable CompletableFuture<Grant> inFlight;
  /** Whether the one-time code went with a password grant already (it is good once). */
  private volatile boolean totpUsed;

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

  private PasswordGrantTokens(TokenApi api, PasswordCredentials credentials, Duration timeout,
      ClientTelemetry telemetry) {
    this.api = api;
    this.credentials = credentials;
    this.timeout = timeout;
    this.telemetry = telemetry;
  }

  /** Tokens from {@code api} for {@code credentials}, each token exchange within {@code timeout}. */
  public static PasswordGrantTokens of(TokenApi api, PasswordCredentials credentials, Duration timeout) {
    return of(api, credentials, timeout, ClientTelemetry.discovered());
  }

  /** The same, each renewal (and its outcome) reported to {@code telemetry}. */
  public static PasswordGrantTokens of(TokenApi api, PasswordCredentials credentials, Duration timeout,
      ClientTelemetry telemetry) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new PasswordGrantTokens(Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(credentials, "credentials == null"), timeout,
        Objects.requireNonNull(telemetry, "telemetry == null"));
  }

  /**
   * The current token, renewed first when it is due. However many threads ask at once, one
   * renewal is under way (a single flight): the others wait for its outcome, each for the
   * timeout at most, and none starts another while it runs. A thread interrupted while it waits
   * (its caller's deadline passed) stops waiting; the renewal goes on for the others.
   *
   * @throws NexudusTokenException if Nexudus refuses the grant
   * @throws NexudusUnreachableException if the renewal fails to reach Nexudus or takes too long
   */
  @Override
  public String token() {
    Grant grant = current;
    if (grant != null && grant.fresh(System.nanoTime())) {
      return grant.accessToken();
    }
    CompletableFuture<Grant> flight;
    synchronized (renewing) {
      grant = current;
      if (grant != null && grant.fresh(System.nanoTime())) {
        return grant.accessToken();
      }
      flight = inFlight;
      if (flight == null) {
        Grant previous = grant;
        flight = CompletableFuture.supplyAsync(() -> renew(previous, System.nanoTime()), renewer);
        inFlight = flight;
        CompletableFuture<Grant> started = flight;
        flight.whenComplete((renewed, failure) -> {
          telemetry.tokenRenewed(renewed != null);
          synchronized (renewing) {
            if (renewed != null) {
              current = renewed;
            }
            if (inFlight == started) {
              inFlight = null;
            }
          }
        });
      }
    }
    return await(flight).accessToken();
  }

  /** The flight's grant, waiting for it no longer than the timeout (and a little more: its own deadline runs inside). */
  private Grant await(CompletableFuture<Grant> flight) {
    try {
      return flight.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw NexudusUnreachableException.interruptedBeforeSending(interrupted);
    } catch (TimeoutException late) {
      throw NexudusUnreachableException.deadlinePassed(timeout);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failed.getCause());
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

  /**
   * A new grant: with the refresh token while it lasts, else (or when Nexudus refuses it, or
   * answers the refresh with a server error) with the password. The one-time code goes with the
   * first password grant only: a later one would be stale, so a two-factor user whose refresh
   * token is gone must sign in again (the grant's refusal says so).
   */
  private Grant renew(@Nullable Grant grant, long now) {
    if (grant != null && grant.refreshable(now)) {
      Form refresh = new Form().param("grant_type", "refresh_token").param("refresh_token", grant.refreshToken());
      try {
        return exchange(refresh, grant);
      } catch (NexudusTokenException | NexudusServerException refused) {
        // An expired or revoked refresh token, or a token endpoint failing on it: a password grant follows.
      }
    }
    Form password = new Form().param("grant_type", "password").param("username", credentials.username())
        .param("password", credentials.password());
    if (credentials.totp() != null && !totpUsed) {
      totpUsed = true;
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
    Duration lifetime = lifetime(answer.get("expires_in"));
    Duration margin = lifetime.dividedBy(10).compareTo(LONGEST_MARGIN) < 0 ? lifetime.dividedBy(10) : LONGEST_MARGIN;
    long renewAt = now + lifetime.minus(margin).toNanos();
    String refresh = answer.get("refresh_token") instanceof JsonString text && !text.getString().isBlank()
        ? text.getString() : null;
    return new Grant(access.getString(), renewAt, refresh, now + REFRESH_LIFETIME.toNanos());
  }

  /**
   * How long a token lasts: {@code expires_in} seconds, a number or a numeric string, at most a
   * year. When it says nothing usable (absent, {@code null}, under a second, negative, not a number), the
   * token is kept {@link #UNKNOWN_LIFETIME}, renewed sooner if Nexudus answers 401.
   */
  static Duration lifetime(@Nullable JsonValue expiresIn) {
    BigDecimal seconds = null;
    try {
      if (expiresIn instanceof JsonNumber number) {
        seconds = number.bigDecimalValue();
      } else if (expiresIn instanceof JsonString text) {
        seconds = new BigDecimal(text.getString().strip());
      }
    } catch (NumberFormatException notANumber) {
      seconds = null;
    }
    if (seconds == null || seconds.compareTo(BigDecimal.ONE) < 0) {
      return UNKNOWN_LIFETIME;
    }
    return seconds.compareTo(BigDecimal.valueOf(LONGEST_LIFETIME.toSeconds())) >= 0 ? LONGEST_LIFETIME
        : Duration.ofSeconds(seconds.longValue());
  }

  private static @Nullable JsonObject object(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException | ArithmeticException notJson) {
      return null;
    }
  }

  /** Ends the worker threads of the token exchanges. */
  @Override
  public void close() {
    deadlines.close();
    renewer.shutdownNow();
  }

  @Override
  public String toString() {
    return "PasswordGrantTokens[" + credentials + ", " + (current == null ? "no token yet" : "a token") + "]";
  }
}
