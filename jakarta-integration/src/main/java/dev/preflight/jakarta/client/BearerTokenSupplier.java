package dev.preflight.jakarta.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Supplies the OAuth2 bearer token for each request; implement it as a CDI bean to fetch or
 * refresh tokens your way, or use {@link PasswordGrantTokens}. Return {@code null} to send no
 * {@code Authorization} header.
 */
@FunctionalInterface
public interface BearerTokenSupplier {

  @Nullable String token();

  /**
   * Nexudus answered 401 to a request carrying {@code token}. Return true when {@link #token()}
   * can now give another one: the request is then repeated once with it. By default false: the
   * 401 is thrown.
   */
  default boolean rejected(String token) {
    return false;
  }

  /**
   * The {@code Authorization} header that carries {@code token}: {@code Bearer <token>}, or none
   * for a null or blank token.
   */
  default @Nullable String authorization(@Nullable String token) {
    return token == null || token.isBlank() ? null : "Bearer " + token;
  }

  /**
   * HTTP Basic authentication instead of a token, as Nexudus accepts: the user's e-mail and
   * password on every request. Its {@code toString()} shows neither.
   */
  static BearerTokenSupplier basic(String username, String password) {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new BearerTokenSupplier() {
      @Override
      public String token() {
        return credentials;
      }

      @Override
      public String authorization(@Nullable String token) {
        return "Basic " + token;
      }

      @Override
      public String toString() {
        return "BearerTokenSupplier[basic ***]";
      }
    };
  }

  /** Always the same token (or none); its {@code toString()} does not show it. */
  static BearerTokenSupplier fixed(@Nullable String token) {
    return new BearerTokenSupplier() {
      @Override
      public @Nullable String token() {
        return token;
      }

      @Override
      public String toString() {
        return "BearerTokenSupplier[" + (token == null ? "none" : "***") + "]";
      }
    };
  }
}
