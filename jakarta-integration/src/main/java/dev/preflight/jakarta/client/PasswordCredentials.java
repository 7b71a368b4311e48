package dev.preflight.jakarta.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The credentials of the Nexudus password grant: the user's e-mail and password, the current
 * one-time code for a user with two-factor authentication, and the {@code client_id} header some
 * integrations are given. {@link #toString()} shows the user name only.
 *
 * @param totp a one-time code is valid for seconds: set it for a first grant only, refreshes do
 *     without it
 */
public record PasswordCredentials(String username, String password, @Nullable String totp, @Nullable String clientId) {

  public PasswordCredentials {
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    if (username.isBlank() || password.isEmpty()) {
      throw new IllegalArgumentException("a user name and a password are needed for the password grant");
    }
  }

  /** A user name and a password, without a one-time code or a client id. */
  public static PasswordCredentials of(String username, String password) {
    return new PasswordCredentials(username, password, null, null);
  }

  @Override
  public String toString() {
    return "PasswordCredentials[username=" + username + ", password=***" + (totp == null ? "" : ", totp=***")
        + (clientId == null ? "" : ", clientId=" + clientId) + "]";
  }
}
