package dev.preflight.jakarta.cdi;

import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.PasswordCredentials;
import dev.preflight.jakarta.json.JsonLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Preflight's MicroProfile Config keys, all under {@code preflight.}; every one is listed in
 * {@code docs/jakarta-integration.md}. Never prints the bearer token, the password or the one-time
 * code.
 */
@ApplicationScoped
public class PreflightConfig {
  /**
   * Rule ids to remove, comma-separated; {@code id:PropertyName} removes a rule for one property.
   * Read as one string and split here: Payara's MicroProfile Config cannot inject {@code
   * Optional<List<String>>}.
   */
  @Inject
  @ConfigProperty(name = "preflight.rules.disabled")
  Optional<String> disabledRules;

  @Inject
  @ConfigProperty(name = "preflight.json.strict", defaultValue = "false")
  boolean strictJson;

  @Inject
  @ConfigProperty(name = "preflight.json.max-bytes", defaultValue = "1048576")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "preflight.json.max-depth", defaultValue = "32")
  int maxDepth;

  @Inject
  @ConfigProperty(name = "preflight.json.max-string-length", defaultValue = "65536")
  int maxStringLength;

  @Inject
  @ConfigProperty(name = "preflight.client.validate-before-send", defaultValue = "true")
  boolean validateBeforeSend;

  @Inject
  @ConfigProperty(name = "preflight.client.bearer-token")
  Optional<String> bearerToken;

  @Inject
  @ConfigProperty(name = "preflight.client.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "preflight.client.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "preflight.client.totp")
  Optional<String> totp;

  @Inject
  @ConfigProperty(name = "preflight.client.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "preflight.client.basic-auth", defaultValue = "false")
  boolean basicAuth;

  @Inject
  @ConfigProperty(name = "preflight.client.timeout-ms", defaultValue = "30000")
  long timeoutMillis;

  @Inject
  @ConfigProperty(name = "preflight.client.retry.max-attempts", defaultValue = "1")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "preflight.client.retry.max-wait-seconds", defaultValue = "60")
  long maxWaitSeconds;

  @Inject
  @ConfigProperty(name = "preflight.client.retry.min-wait-ms", defaultValue = "1000")
  long minWaitMillis;

  @Inject
  @ConfigProperty(name = "preflight.client.retry.budget-seconds", defaultValue = "120")
  long retryBudgetSeconds;

  @Inject
  @ConfigProperty(name = "preflight.client.max-concurrent-exchanges", defaultValue = "16")
  int maxConcurrentExchanges;

  @Inject
  @ConfigProperty(name = "preflight.client.writes-per-minute", defaultValue = "0")
  int writesPerMinute;

  /** Where the {@code nexudus} REST client sends its requests, if the application configured it. */
  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/url")
  Optional<String> nexudusUrl;

  /** The same, under the Rest Client's other key. */
  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/uri")
  Optional<String> nexudusUri;

  /** The entries of {@code preflight.rules.disabled}, stripped, without empty ones. */
  public List<String> disabledRules() {
    return disabledRules.stream().flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
  }

  public boolean strictJson() {
    return strictJson;
  }

  public JsonLimits jsonLimits() {
    return new JsonLimits(maxBytes, maxDepth, maxStringLength);
  }

  public ClientSettings clientSettings() {
    return new ClientSettings(validateBeforeSend, Duration.ofMillis(timeoutMillis), maxAttempts,
        Duration.ofSeconds(maxWaitSeconds), Duration.ofMillis(minWaitMillis), Duration.ofSeconds(retryBudgetSeconds),
        maxConcurrentExchanges, writesPerMinute, Duration.ofMinutes(1));
  }

  /** Whether the application configured the {@code nexudus} REST client ({@code nexudus/mp-rest/url} or {@code …/uri}). */
  public boolean callsNexudus() {
    return nexudusUrl.isPresent() || nexudusUri.isPresent();
  }

  /** The token from {@code preflight.client.bearer-token}, if configured. */
  public Optional<String> bearerToken() {
    return bearerToken;
  }

  /**
   * The user of {@code preflight.client.username} and {@code .password} (with {@code .totp} and
   * {@code .client-id} when set), if configured.
   *
   * @throws IllegalArgumentException if only one of the user name and the password is set, or a
   *     bearer token is set too
   */
  public Optional<PasswordCredentials> passwordCredentials() {
    if (username.isEmpty() && password.isEmpty()) {
      return Optional.empty();
    }
    if (username.isEmpty() || password.isEmpty()) {
      throw new IllegalArgumentException("preflight.client.username and preflight.client.password go together: "
          + (username.isEmpty() ? "the user name" : "the password") + " is missing");
    }
    if (bearerToken.isPresent()) {
      throw new IllegalArgumentException("set preflight.client.bearer-token or preflight.client.username and "
          + "preflight.client.password, not both");
    }
    return Optional.of(new PasswordCredentials(username.get(), password.get(), totp.orElse(null), clientId.orElse(null)));
  }

  /** Whether the user of {@link #passwordCredentials()} authenticates with HTTP Basic rather than tokens. */
  public boolean basicAuth() {
    return basicAuth;
  }

  @Override
  public String toString() {
    return "PreflightConfig[disabledRules=" + disabledRules() + ", strictJson=" + strictJson + ", " + jsonLimits()
        + ", " + clientSettings() + ", bearerToken=" + (bearerToken.isPresent() ? "***" : "none")
        + ", username=" + username.orElse("none") + ", password=" + (password.isPresent() ? "***" : "none")
        + (totp.isPresent() ? ", totp=***" : "") + clientId.map(id -> ", clientId=" + id).orElse("")
        + ", basicAuth=" + basicAuth + "]";
  }
}
