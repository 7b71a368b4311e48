package dev.preflight.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's {@code POST /api/token}: the password grant (with a one-time code for a user who
 * has one) and the refresh grant, form-encoded only, as Nexudus documents them; and the bearer
 * tokens it issued, each with its user's roles and its expiry. Thread-safe.
 */
final class SimulatedTokens {
  static final String PATH = "/api/token";
  /** The lifetime Nexudus's documentation shows. */
  static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(604_799);

  private record Login(String password, @Nullable String totp, Set<String> roles) {}

  private record Issued(Set<String> roles, long expiresAtNanos) {}

  private final Map<String, Login> logins = new ConcurrentHashMap<>();
  private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger passwordGrants = new AtomicInteger();
  private final AtomicInteger refreshGrants = new AtomicInteger();
  private volatile Duration lifetime = DEFAULT_LIFETIME;

  void reset() {
    logins.clear();
    accessTokens.clear();
    refreshTokens.clear();
    passwordGrants.set(0);
    refreshGrants.set(0);
    lifetime = DEFAULT_LIFETIME;
  }

  void acceptLogin(String username, String password, @Nullable String totp, String... roles) {
    logins.put(username.toLowerCase(Locale.ROOT), new Login(password, totp, Set.of(roles)));
  }

  void lifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
    }
    this.lifetime = lifetime;
  }

  void expireAccessTokens() {
    long now = System.nanoTime();
    accessTokens.replaceAll((token, issued) -> new Issued(issued.roles(), now));
  }

  void forgetRefreshTokens() {
    refreshTokens.clear();
  }

  int passwordGrants() {
    return passwordGrants.get();
  }

  int refreshGrants() {
    return refreshGrants.get();
  }

  /** The roles of an issued token that has not expired, or null. */
  @Nullable Set<String> roles(String accessToken) {
    Issued issued = accessTokens.get(accessToken);
    return issued == null || System.nanoTime() - issued.expiresAtNanos() >= 0 ? null : issued.roles();
  }

  /**
   * The roles of a user whose Basic credentials ({@code email:password} in Base64) are accepted,
   * or null; a user with a one-time code cannot use Basic authentication.
   */
  @Nullable Set<String> rolesOfBasic(String credentials) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    Login login = colon < 0 ? null : logins.get(decoded.substring(0, colon).toLowerCase(Locale.ROOT));
    return login == null || login.totp() != null || !login.password().equals(decoded.substring(colon + 1))
        ? null : login.roles();
  }

  SimulatedAnswer handle(String method, @Nullable String contentType, byte[] body) {
    if (!method.equals("POST")) {
      return SimulatedAnswer.json(405, "{\"Message\":\"The requested resource does not support http method '"
          + method + "'.\"}");
    }
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return refusal("unsupported_grant_type", "");
    }
    Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
    String grantType = form.getOrDefault("grant_type", "");
    return switch (grantType) {
      case "password" -> passwordGrant(form);
      case "refresh_token" -> refreshGrant(form);
      default -> refusal("unsupported_grant_type", "");
    };
  }

  private SimulatedAnswer passwordGrant(Map<String, String> form) {
    String username = form.getOrDefault("username", "");
    Login login = logins.get(username.toLowerCase(Locale.ROOT));
    if (login == null || !login.password().equals(form.get("password"))
        || login.totp() != null && !login.totp().equals(form.get("totp"))) {
      return refusal("invalid_grant", "The user name or password is incorrect.");
    }
    passwordGrants.incrementAndGet();
    return issue(username.toLowerCase(Locale.ROOT), login.roles());
  }

  private SimulatedAnswer refreshGrant(Map<String, String> form) {
    String username = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
    Login login = username == null ? null : logins.get(username);
    if (login == null) {
      return refusal("invalid_grant", "The refresh token is invalid or has expired.");
    }
    refreshGrants.incrementAndGet();
    return issue(username, login.roles());
  }

  private SimulatedAnswer issue(String username, Set<String> roles) {
    String access = "sim-access-" + UUID.randomUUID();
    String refresh = "sim-refresh-" + UUID.randomUUID();
    Duration lasts = lifetime;
    accessTokens.put(access, new Issued(roles, System.nanoTime() + lasts.toNanos()));
    refreshTokens.put(refresh, username);
    return SimulatedAnswer.json(200, "{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"expires_in\":"
        + lasts.toSeconds() + ",\"refresh_token\":\"" + refresh + "\"}");
  }

  private static SimulatedAnswer refusal(String error, String description) {
    return SimulatedAnswer.json(400, "{\"error\":\"" + error + "\""
        + (description.isEmpty() ? "" : ",\"error_description\":\"" + description + "\"") + "}");
  }

  static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
          // A malformed pair is left out, as a form parser would.
        }
      }
    }
    return fields;
  }
}
