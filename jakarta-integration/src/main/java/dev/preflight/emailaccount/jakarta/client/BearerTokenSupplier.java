package dev.preflight.emailaccount.jakarta.client;

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
