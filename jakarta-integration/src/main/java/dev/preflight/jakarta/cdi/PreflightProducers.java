package dev.preflight.jakarta.cdi;

import dev.preflight.emailaccount.Property;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.PasswordCredentials;
import dev.preflight.jakarta.client.PasswordGrantTokens;
import dev.preflight.jakarta.client.TokenApi;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.spi.Rule;
import dev.preflight.Validators;
import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Produces Preflight's beans from the application's configuration: the one registry of validators
 * (every CDI bean implementing {@link Rule} joins the entities it applies to), its typed view for
 * EmailAccount, the JSON doors, the client of every entity and its typed view of EmailAccounts.
 */
@ApplicationScoped
public class PreflightProducers {
  static final String NO_TOKEN_WARNING = "Preflight: nexudus/mp-rest/url (or /uri) is set but no credentials are: add a "
      + "BearerTokenSupplier bean, or set preflight.client.bearer-token, or preflight.client.username and "
      + "preflight.client.password, or Nexudus will answer every request with 401";
  private static final System.Logger LOG = System.getLogger(PreflightProducers.class.getName());

  /** The password grants this bean made for the clients it produced, to close with them. */
  private final List<PasswordGrantTokens> passwordGrants = new CopyOnWriteArrayList<>();

  /**
   * The one registry of validators: the standard one, plus every {@link Rule} bean (ordered by
   * {@code @Priority} of the bean class, lowest first, then by id) joining the entities it applies
   * to, with EmailAccount's validator less the rules in {@code preflight.rules.disabled}.
   *
   * @throws IllegalArgumentException at startup if a disabled rule or property does not exist,
   *     naming the key and every unknown entry at once
   */
  @Produces
  @Singleton
  public Validators validators(PreflightConfig config, @Any Instance<Rule> ruleBeans) {
    List<Rule> rules = byPriority(ruleBeans, Rule::id);
    EmailAccountValidator.Builder flagship = EmailAccountValidator.builder().addRules(rules);
    disable(flagship, config.disabledRules());
    return Validators.builder().addFactory(flagship.build().asFactory()).addRules(rules).build();
  }

  /** The registry's EmailAccount validator, typed: what {@code @ValidEmailAccount} and the EmailAccounts client use. */
  @Produces
  @Singleton
  public EmailAccountValidator validator(Validators validators) {
    return (EmailAccountValidator) validators.validator("emailaccounts", Operation.UPDATE);
  }

  /** The JSON doors of every entity, with {@code preflight.json.*} limits and strictness. */
  @Produces
  @Singleton
  public JsonValidators jsonValidators(Validators validators, PreflightConfig config) {
    return JsonValidators.of(validators, config.jsonLimits(), config.strictJson());
  }

  /** The beans, by {@code @Priority} of the bean class (lowest first, none last), then by id. */
  private static <T> List<T> byPriority(Instance<T> beans, Function<T, String> id) {
    List<Ranked<T>> ranked = new ArrayList<>();
    for (Instance.Handle<T> handle : beans.handles()) {
      Priority priority = handle.getBean().getBeanClass().getAnnotation(Priority.class);
      ranked.add(new Ranked<>(priority == null ? Integer.MAX_VALUE : priority.value(), handle.get()));
    }
    ranked.sort(Comparator.<Ranked<T>>comparingInt(Ranked::priority).thenComparing(r -> id.apply(r.bean())));
    List<T> ordered = new ArrayList<>(ranked.size());
    for (Ranked<T> each : ranked) {
      ordered.add(each.bean());
    }
    return ordered;
  }

  /**
   * What the client reports to: the runtime's OpenTelemetry (MicroProfile Telemetry 2.0) when the
   * application has one, else nothing (docs/observability.md).
   */
  @Produces
  @Singleton
  public ClientTelemetry telemetry() {
    return RuntimeTelemetry.find();
  }

  /**
   * The client of every catalogue entity over the {@code nexudus} REST client. It authenticates
   * with a {@link BearerTokenSupplier} bean when there is one; else with the user of {@code
   * preflight.client.username} and {@code .password} (tokens from the password grant, or HTTP Basic
   * with {@code preflight.client.basic-auth}); else with {@code preflight.client.bearer-token}.
   */
  @Produces
  @Singleton
  public NexudusEntities entities(
      @Any Instance<EntitiesApi> apis,
      @Any Instance<TokenApi> tokenApis,
      Validators validators,
      PreflightConfig config,
      Instance<BearerTokenSupplier> tokenSuppliers,
      ClientTelemetry telemetry) {
    return NexudusEntities.of(apis.select(RestClient.LITERAL).get(), validators, config.clientSettings(),
        tokens(config, tokenSuppliers, tokenApis, telemetry), telemetry);
  }

  /** The client's typed view of EmailAccounts: the same workers, pacing and record locks. */
  @Produces
  @Singleton
  public NexudusEmailAccounts emailAccounts(NexudusEntities entities) {
    return entities.emailAccounts();
  }

  private BearerTokenSupplier tokens(PreflightConfig config, Instance<BearerTokenSupplier> tokenSuppliers,
      Instance<TokenApi> tokenApis, ClientTelemetry telemetry) {
    if (tokenSuppliers.isResolvable()) {
      return tokenSuppliers.get();
    }
    Optional<PasswordCredentials> user = config.passwordCredentials();
    if (user.isEmpty()) {
      return BearerTokenSupplier.fixed(config.bearerToken().orElse(null));
    }
    if (config.basicAuth()) {
      return BearerTokenSupplier.basic(user.get().username(), user.get().password());
    }
    PasswordGrantTokens grants = PasswordGrantTokens.of(tokenApis.select(RestClient.LITERAL).get(), user.get(),
        config.clientSettings().timeout(), telemetry);
    passwordGrants.add(grants);
    return grants;
  }

  /** Ends the client's worker threads, and those of its password grants, when the application stops. */
  void closeEntities(@Disposes NexudusEntities entities) {
    entities.close();
    passwordGrants.forEach(PasswordGrantTokens::close);
    passwordGrants.clear();
  }

  /**
   * Builds the validator as the application starts, so that a misspelled rule id or property in
   * {@code preflight.rules.disabled} stops the deployment instead of the first request; warns when
   * the {@code nexudus} client is configured but no credentials are; stops it when the credential
   * keys are half set or in conflict.
   */
  void checkConfiguration(
      @Observes @Initialized(ApplicationScoped.class) Object started,
      EmailAccountValidator validator,
      PreflightConfig config,
      Instance<BearerTokenSupplier> tokenSuppliers) {
    validator.operation();
    boolean user = config.passwordCredentials().isPresent();
    if (config.callsNexudus() && !tokenSuppliers.isResolvable() && config.bearerToken().isEmpty() && !user) {
      LOG.log(Level.WARNING, NO_TOKEN_WARNING);
    }
  }

  /** Removes the rules of {@code preflight.rules.disabled}, after checking every entry. */
  private static void disable(EmailAccountValidator.Builder builder, List<String> entries) {
    List<String> ruleIds = builder.build().ruleIds();
    List<String> unknown = new ArrayList<>();
    List<Runnable> removals = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String id = (colon < 0 ? entry : entry.substring(0, colon)).strip();
      if (!ruleIds.contains(id)) {
        unknown.add("'" + entry + "' (no rule has the id '" + id + "')");
      } else if (colon < 0) {
        removals.add(() -> builder.removeRule(id));
      } else {
        String propertyName = entry.substring(colon + 1).strip();
        Property property = Property.fromWireName(propertyName);
        if (property == null) {
          unknown.add("'" + entry + "' ('" + propertyName + "' is not an EmailAccount property)");
        } else {
          removals.add(() -> builder.removeRule(id, property));
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("preflight.rules.disabled: unknown " + (unknown.size() == 1 ? "entry " : "entries ")
          + String.join(", ", unknown) + "; the rule ids are " + ruleIds);
    }
    removals.forEach(Runnable::run);
  }

  private record Ranked<T>(int priority, T bean) {}
}
