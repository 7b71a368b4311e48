package dev.preflight.jakarta.cdi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.Property;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EmailAccountValidationException;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusValidationException;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.TokenApi;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.emailaccount.EmailAccountRule;
import dev.preflight.emailaccount.NoAcmeRule;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.RuleContext;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.Validators;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.inject.ConfigExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import dev.preflight.jakarta.client.NexudusAuthenticationException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CDI beans in a real Weld SE container, configured through SmallRye Config. {@link NoAcmeRule}
 * (from core's tests) is a plain class: Weld makes it a {@code @Dependent} bean when it is added.
 */
class CdiIntegrationTest {
  private static final String PUT_PATH = "/api/crm/emailaccounts";
  private static WireMockServer server;

  private Config config;
  private WeldContainer container;

  @ApplicationScoped
  @Priority(1)
  public static class ShoutingRule implements EmailAccountRule {
    @Override
    public String id() {
      return "no-shouting";
    }

    @Override
    public void validate(EmailAccount account, RuleContext context) {
      String name = account.displayName();
      if (name != null && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
        context.report(Property.DISPLAY_NAME.wireName(), name, "must not be all capitals");
      }
    }
  }

  @ApplicationScoped
  public static class BookingsEndAfterTheyStart implements Rule {
    @Override
    public String id() {
      return "booking-ends-after-it-starts";
    }

    @Override
    public boolean appliesTo(String entityName) {
      return entityName.equals("bookings");
    }

    @Override
    public void validate(EntityRecord record, RuleContext context) {
      Object from = record.value(record.entity().field("FromTime"));
      Object to = record.value(record.entity().field("ToTime"));
      if (from instanceof String start && to instanceof String end && end.compareTo(start) <= 0) {
        context.report("ToTime", end, "must be after FromTime");
      }
    }
  }

  @ApplicationScoped
  public static class TestApi {
    @Produces
    @RestClient
    @ApplicationScoped
    EntitiesApi api() {
      return RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(EntitiesApi.class);
    }

    void close(@Disposes @RestClient EntitiesApi api) throws Exception {
      ((AutoCloseable) api).close();
    }
  }

  @ApplicationScoped
  public static class TestTokenApi {
    @Produces
    @RestClient
    @ApplicationScoped
    TokenApi api() {
      return RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(TokenApi.class);
    }

    void close(@Disposes @RestClient TokenApi api) throws Exception {
      ((AutoCloseable) api).close();
    }
  }

  @ApplicationScoped
  @Alternative
  @Priority(1)
  public static class VaultTokens implements BearerTokenSupplier {
    @Override
    public String token() {
      return "from-the-vault";
    }
  }

  private WeldContainer start(Map<String, String> properties, Class<?>... beans) {
    if (container != null && container.isRunning()) {
      container.shutdown();
    }
    if (config != null) {
      ConfigProviderResolver.instance().releaseConfig(config);
    }
    config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500))
        .addDefaultInterceptors().build();
    ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
    container = new Weld().disableDiscovery().addExtension(new ConfigExtension())
        .addExtension(new PreflightHealthExtension())
        .addBeanClasses(PreflightConfig.class, PreflightProducers.class).addBeanClasses(beans)
        .initialize();
    return container;
  }

  @AfterEach
  void stop() {
    if (container != null && container.isRunning()) {
      container.shutdown();
    }
    if (config != null) {
      ConfigProviderResolver.instance().releaseConfig(config);
    }
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private static void startServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(put(urlEqualTo(PUT_PATH)).willReturn(aResponse().withStatus(400).withBody(
        "{\"Message\":\"DisplayName: is a required field\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
            + "\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"}],\"WasSuccessful\":false}")));
  }

  @Test
  void ruleBeansJoinTheValidatorInPriorityOrder() {
    EmailAccountValidator validator = start(Map.of(), NoAcmeRule.class, ShoutingRule.class)
        .select(EmailAccountValidator.class).get();

    assertThat(validator.ruleIds()).endsWith("no-shouting", "no-acme");
    assertThat(validator.validate(Fixtures.validAccount().toBuilder().displayName("ACME").build()).errors())
        .containsExactly(
            new ValidationError("DisplayName", "ACME", "must not be all capitals"),
            new ValidationError("DisplayName", "ACME", "must not mention ACME"));
  }

  @Test
  void entityRuleBeansJoinTheEntitiesTheyApplyTo() {
    Validators validators = start(Map.of(), BookingsEndAfterTheyStart.class).select(Validators.class).get();
    RecordReader<EntityRecord> bookings = RecordReader.standard(validators.entity("bookings"));

    assertThat(bookings.read("{\"Id\":7,\"ResourceId\":1,\"FromTime\":\"2026-12-07T10:00:00Z\","
        + "\"ToTime\":\"2026-12-07T09:00:00Z\"}").validate(validators.validator("bookings", Operation.UPDATE)::validate).errors())
        .containsExactly(new ValidationError("ToTime", "2026-12-07T09:00:00Z", "must be after FromTime"));
    assertThat(RecordReader.standard(validators.entity("checkins")).read("{\"Id\":7,\"BusinessId\":1,"
        + "\"FromTime\":\"2026-12-07T10:00:00Z\",\"ToTime\":\"2026-12-07T09:00:00Z\"}")
        .validate(validators.validator("checkins", Operation.UPDATE)::validate).wasSuccessful()).isTrue();
  }

  @Test
  void rulesDisabledByConfigurationStopReporting() {
    EmailAccountValidator validator = start(
        Map.of("preflight.rules.disabled", "port-range, no-acme, required:IncomingServerType"), NoAcmeRule.class)
        .select(EmailAccountValidator.class).get();
    EmailAccount account = Fixtures.validAccount().toBuilder()
        .displayName("ACME").incomingServerPort(0).incomingServerType((Integer) null).build();

    assertThat(validator.validate(account).wasSuccessful()).isTrue();
    assertThat(validator.ruleIds()).doesNotContain("port-range", "no-acme");
  }

  @Test
  void aMisspelledDisabledRuleStopsTheApplicationFromStarting() {
    String ruleIds = EmailAccountValidator.standard().ruleIds().toString();
    assertThatThrownBy(() -> start(Map.of("preflight.rules.disabled", "port-ranges")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preflight.rules.disabled: unknown entry 'port-ranges' (no rule has the id 'port-ranges'); "
            + "the rule ids are " + ruleIds);
    assertThatThrownBy(() -> start(Map.of("preflight.rules.disabled", "port-range, required:Colour, nope:Id,max-length")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preflight.rules.disabled: unknown entries 'required:Colour' ('Colour' is not an EmailAccount "
            + "property), 'nope:Id' (no rule has the id 'nope'); the rule ids are " + ruleIds);
  }

  @Test
  void jsonDoorsFollowTheConfiguration() {
    JsonValidator reader = start(Map.of("preflight.json.strict", "true", "preflight.json.max-bytes", "64"))
        .select(JsonValidators.class).get().validator("emailaccounts", Operation.UPDATE);

    assertThat(reader.limits().maxBytes()).isEqualTo(64);
    assertThat(reader.read("{\"Id\":1,\"Colour\":\"red\"}").errors())
        .containsExactly(new ValidationError("Colour", null, "is not a known field"));
    assertThat(reader.read("{\"DisplayName\":\"" + "x".repeat(80) + "\"}").errors())
        .containsExactly(new ValidationError("$", null, "must be at most 64 bytes"));
  }

  @Test
  void injectedClientValidatesBeforeSendingByDefault() {
    startServer();
    NexudusEmailAccounts accounts = start(Map.of(), TestApi.class).select(NexudusEmailAccounts.class).get();

    EmailAccountValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        EmailAccountValidationException.class,
        () -> accounts.update(Fixtures.validAccount().toBuilder().displayName(null).build()));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.LOCAL);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void preflightSwitchedOffByConfigurationSendsAndUsesTheConfiguredToken() {
    startServer();
    NexudusEmailAccounts accounts = start(
        Map.of("preflight.client.validate-before-send", "false", "preflight.client.bearer-token", "from-config"),
        TestApi.class).select(NexudusEmailAccounts.class).get();

    EmailAccountValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        EmailAccountValidationException.class,
        () -> accounts.update(Fixtures.validAccount().toBuilder().displayName(null).build()));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.SERVER);
    server.verify(putRequestedFor(urlEqualTo(PUT_PATH)).withHeader("Authorization", equalTo("Bearer from-config")));
  }

  @Test
  void aTokenSupplierBeanWinsOverConfiguration() {
    startServer();
    NexudusEmailAccounts accounts = start(
        Map.of("preflight.client.validate-before-send", "false", "preflight.client.bearer-token", "from-config"),
        TestApi.class, VaultTokens.class).select(NexudusEmailAccounts.class).get();

    org.assertj.core.api.Assertions.catchThrowable(() -> accounts.update(Fixtures.validAccount()));

    server.verify(putRequestedFor(urlEqualTo(PUT_PATH)).withHeader("Authorization", equalTo("Bearer from-the-vault")));
  }

  @Test
  void aUserFromConfigurationGetsTokensFromThePasswordGrant() {
    startServer();
    server.stubFor(post(urlEqualTo("/api/token")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(
            "{\"access_token\":\"granted-7f3a\",\"token_type\":\"bearer\",\"expires_in\":86400,\"refresh_token\":\"r-1\"}")));
    NexudusEmailAccounts accounts = start(Map.of("preflight.client.validate-before-send", "false",
        "preflight.client.username", "ops@example.com", "preflight.client.password", "pa55 word&",
        "preflight.client.totp", "123456", "preflight.client.client-id", "integration-9"),
        TestApi.class, TestTokenApi.class).select(NexudusEmailAccounts.class).get();

    org.assertj.core.api.Assertions.catchThrowable(() -> accounts.update(Fixtures.validAccount()));

    server.verify(postRequestedFor(urlEqualTo("/api/token")).withHeader("client_id", equalTo("integration-9"))
        .withRequestBody(equalTo("grant_type=password&username=ops%40example.com&password=pa55+word%26&totp=123456")));
    server.verify(putRequestedFor(urlEqualTo(PUT_PATH)).withHeader("Authorization", equalTo("Bearer granted-7f3a")));
  }

  @Test
  void theEntitiesClientSignsInAsTheEmailAccountsClientDoesAndValidatesWithTheEntityRuleBeans() {
    startServer();
    server.stubFor(post(urlEqualTo("/api/token")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(
            "{\"access_token\":\"granted-5c1d\",\"token_type\":\"bearer\",\"expires_in\":86400,\"refresh_token\":\"r-2\"}")));
    server.stubFor(get(urlEqualTo("/api/spaces/bookings/42")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"Id\":42,\"ResourceId\":7,"
            + "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\"}")));
    WeldContainer weld = start(Map.of("preflight.client.username", "ops@example.com", "preflight.client.password", "pw"),
        TestApi.class, TestTokenApi.class, BookingsEndAfterTheyStart.class);
    NexudusEntities entities = weld.select(NexudusEntities.class).get();

    assertThat(entities.records("bookings").get(42).id()).isEqualTo(42L);
    NexudusValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(NexudusValidationException.class,
        () -> entities.records("bookings").update(42, booking -> booking.with("ToTime",
            jakarta.json.Json.createValue("2026-12-07T08:00:00Z"))));

    assertThat(e.getMessage()).isEqualTo("Booking rejected before sending: ToTime: must be after FromTime");
    server.verify(1, postRequestedFor(urlEqualTo("/api/token")));
    server.verify(getRequestedFor(urlEqualTo("/api/spaces/bookings/42"))
        .withHeader("Authorization", equalTo("Bearer granted-5c1d")));
    weld.shutdown();
    assertThatThrownBy(() -> entities.records("bookings").get(42)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aUserFromConfigurationCanUseBasicAuthentication() {
    startServer();
    NexudusEmailAccounts accounts = start(Map.of("preflight.client.validate-before-send", "false",
        "preflight.client.username", "ops@example.com", "preflight.client.password", "pa55word",
        "preflight.client.basic-auth", "true"), TestApi.class).select(NexudusEmailAccounts.class).get();

    org.assertj.core.api.Assertions.catchThrowable(() -> accounts.update(Fixtures.validAccount()));

    server.verify(putRequestedFor(urlEqualTo(PUT_PATH)).withHeader("Authorization",
        equalTo("Basic " + Base64.getEncoder().encodeToString("ops@example.com:pa55word".getBytes(StandardCharsets.UTF_8)))));
    assertThat(accounts.toString()).doesNotContain("pa55word")
        .doesNotContain(Base64.getEncoder().encodeToString("ops@example.com:pa55word".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void halfAUserOrAUserAndATokenStopTheDeployment() {
    for (Map<String, String> keys : List.of(Map.of("preflight.client.username", "ops@example.com"),
        Map.of("preflight.client.password", "pa55word"),
        Map.of("preflight.client.username", "ops@example.com", "preflight.client.password", "pa55word",
            "preflight.client.bearer-token", "t-1"))) {
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> start(keys));

      assertThat(failure).as(keys.toString()).isNotNull();
      Throwable root = failure;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertThat(root).as(keys.toString()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(keys.containsKey("preflight.client.bearer-token")
              ? "set preflight.client.bearer-token or preflight.client.username and preflight.client.password, not both"
              : "preflight.client.username and preflight.client.password go together");
      assertThat(root.getMessage()).doesNotContain("pa55word");
    }
  }

  @Test
  void configurationNeverPrintsThePasswordOrTheOneTimeCode() {
    PreflightConfig preflight = start(Map.of("preflight.client.username", "ops@example.com",
        "preflight.client.password", "s3cr3t-pw", "preflight.client.totp", "987654")).select(PreflightConfig.class).get();

    assertThat(preflight.toString()).contains("username=ops@example.com, password=***, totp=***")
        .doesNotContain("s3cr3t").doesNotContain("987654");
    assertThat(preflight.passwordCredentials()).hasValueSatisfying(user -> assertThat(user.toString())
        .doesNotContain("s3cr3t").doesNotContain("987654"));
  }

  @Test
  void configurationNeverPrintsTheToken() {
    PreflightConfig preflight = start(Map.of("preflight.client.bearer-token", "s3cr3t-token")).select(PreflightConfig.class).get();

    assertThat(preflight.bearerToken()).contains("s3cr3t-token");
    assertThat(preflight.toString()).contains("bearerToken=***").doesNotContain("s3cr3t");
  }

  @Test
  void unsetClientKeysGiveTheDocumentedDefaults() {
    PreflightConfig preflight = start(Map.of()).select(PreflightConfig.class).get();

    assertThat(preflight.clientSettings()).isEqualTo(ClientSettings.DEFAULTS);
  }

  @Test
  void everyClientKeyReachesTheSettings() {
    PreflightConfig preflight = start(Map.of("preflight.client.timeout-ms", "1500",
        "preflight.client.retry.max-attempts", "4", "preflight.client.retry.max-wait-seconds", "9",
        "preflight.client.retry.min-wait-ms", "250", "preflight.client.retry.budget-seconds", "30",
        "preflight.client.validate-before-send", "false", "preflight.client.max-concurrent-exchanges", "3",
        "preflight.client.writes-per-minute", "55"))
        .select(PreflightConfig.class).get();

    assertThat(preflight.clientSettings()).isEqualTo(new ClientSettings(false, Duration.ofMillis(1500), 4,
        Duration.ofSeconds(9), Duration.ofMillis(250), Duration.ofSeconds(30), 3, 55, Duration.ofMinutes(1)));
  }

  @Test
  void startingWithANexudusUrlButNoTokenSourceWarnsOnce() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger(PreflightProducers.class.getName());
    logger.addHandler(capture);
    try {
      start(Map.of("nexudus/mp-rest/url", "http://127.0.0.1:1"));
      assertThat(warnings).containsExactly(PreflightProducers.NO_TOKEN_WARNING);

      warnings.clear();
      start(Map.of("nexudus/mp-rest/uri", "http://127.0.0.1:1"));
      assertThat(warnings).containsExactly(PreflightProducers.NO_TOKEN_WARNING);

      warnings.clear();
      start(Map.of("nexudus/mp-rest/url", "http://127.0.0.1:1", "preflight.client.bearer-token", "t"));
      start(Map.of("nexudus/mp-rest/url", "http://127.0.0.1:1"), VaultTokens.class);
      start(Map.of());
      assertThat(warnings).isEmpty();
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void theNexudusClientGetsTimeoutDefaultsThatTheApplicationOverrides() {
    Config discovered = new SmallRyeConfigBuilder().addDiscoveredSources().build();
    assertThat(discovered.getValue("nexudus/mp-rest/connectTimeout", Long.class)).isEqualTo(5_000);
    assertThat(discovered.getValue("nexudus/mp-rest/readTimeout", Long.class)).isEqualTo(20_000);

    Config overridden = new SmallRyeConfigBuilder().addDiscoveredSources()
        .withSources(new PropertiesConfigSource(Map.of("nexudus/mp-rest/readTimeout", "900"), "app", 100)).build();
    assertThat(overridden.getValue("nexudus/mp-rest/readTimeout", Long.class)).isEqualTo(900);
  }

  @Test
  void theReadinessCheckIsAddedReadsTheClientsLastStateAndCallsNobody() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(get(urlEqualTo("/api/spaces/bookings/42")).willReturn(aResponse().withStatus(401)));
    start(Map.of("preflight.client.bearer-token", "t-readiness"), TestApi.class);
    HealthCheck readiness = container.select(HealthCheck.class, Readiness.Literal.INSTANCE).get();

    HealthCheckResponse before = readiness.call();
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThatThrownBy(() -> container.select(NexudusEntities.class).get().records("bookings").get(42))
        .isInstanceOf(NexudusAuthenticationException.class);
    HealthCheckResponse after = readiness.call();

    assertThat(before.getName()).isEqualTo("preflight-nexudus");
    assertThat(before.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(after.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(after.getData().orElseThrow()).containsEntry("reason", "Nexudus refused the credentials (HTTP 401)");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }
}
