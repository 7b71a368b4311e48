package dev.preflight.emailaccount.jakarta.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.jakarta.json.EmailAccountJson;
import dev.preflight.emailaccount.jakarta.json.ValidationResponseJson;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.RecordId;
import dev.preflight.emailaccount.validation.ValidationResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client over real HTTP (CXF's MicroProfile Rest Client) against WireMock on loopback. */
class NexudusEmailAccountsTest {
  private static final String TOKEN = "tok-3f9a8c7e-very-secret";
  private static final String PATH = "/api/crm/emailaccounts";
  private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      LOGGED.add(record.getLoggerName() + " " + new java.util.logging.SimpleFormatter().formatMessage(record)
          + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private static Level rootLevel;

  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
  private EmailAccountsApi api;

  @BeforeAll
  static void captureLogs() {
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(CAPTURE);
  }

  @AfterAll
  static void noSecretWasLogged() {
    Logger root = Logger.getLogger("");
    root.removeHandler(CAPTURE);
    root.setLevel(rootLevel);
    assertThat(LOGGED).isNotEmpty();
    assertThat(LOGGED).noneMatch(line -> line.contains(TOKEN) || line.contains("google-secret-token")
        || line.contains("office-secret-token"));
  }

  @BeforeEach
  void start() {
    server.start();
    api = RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(EmailAccountsApi.class);
  }

  @AfterEach
  void stop() throws Exception {
    ((AutoCloseable) api).close();
    server.stop();
  }

  private NexudusEmailAccounts client(ClientSettings settings) {
    return NexudusEmailAccounts.of(api, EmailAccountValidator.standard(), settings, BearerTokenSupplier.fixed(TOKEN));
  }

  private NexudusEmailAccounts client() {
    return client(ClientSettings.DEFAULTS);
  }

  private static String example(String name) throws Exception {
    return Files.readString(Path.of("../docs/examples", name));
  }

  private void answerPut(int status, String body) {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void validUpdateIsSentAsWireJsonWithTheBearerTokenAndReturnsTheSuccess() throws Exception {
    answerPut(200, example("seed-200-response.json"));

    ValidationResponse response = client().update(Fixtures.fullAccount());

    assertThat(response).isEqualTo(new ValidationResponse(
        "EmailAccount was successfully updated.", new RecordId(87654321L), List.of(), true));
    server.verify(1, putRequestedFor(urlEqualTo(PATH))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
        .withRequestBody(equalTo(EmailAccountJson.toJson(Fixtures.fullAccount()))));
  }

  @Test
  void invalidRecordIsRejectedLocallyAndNothingIsSent() {
    EmailAccount invalid = Fixtures.validAccount().toBuilder().displayName(null).build();

    EmailAccountValidationException e =
        catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(invalid));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.LOCAL);
    assertThat(e.status()).isZero();
    assertThat(e.response()).isEqualTo(EmailAccountValidator.standard().validate(invalid));
    assertThat(e).hasMessage("EmailAccount rejected before sending: DisplayName: is a required field");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void withPreflightOffTheServers400ComesBackAsTheSameExceptionAndEnvelope() throws Exception {
    answerPut(400, example("seed-400-response.json"));
    EmailAccount invalid = Fixtures.validAccount().toBuilder().displayName(null).build();
    ValidationResponse local = EmailAccountValidator.standard().validate(invalid);

    EmailAccountValidationException e = catchThrowableOfType(EmailAccountValidationException.class,
        () -> client(new ClientSettings(false, 1, Duration.ZERO)).update(invalid));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.SERVER);
    assertThat(e.status()).isEqualTo(400);
    assertThat(ValidationResponseJson.toJson(e.response())).isEqualTo(ValidationResponseJson.toJson(local));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void successStatusWithWasSuccessfulFalseIsAServerRejection() {
    answerPut(200, "{\"Message\":\"This email account is in use.\",\"Value\":null,\"Errors\":null,\"WasSuccessful\":false}");

    EmailAccountValidationException e =
        catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.SERVER);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.response().message()).isEqualTo("This email account is in use.");
    assertThat(e.response().errors()).isEmpty();
  }

  @Test
  void unauthorisedAndForbiddenNameTheRoleAndNotTheToken() {
    for (int status : new int[] {401, 403}) {
      answerPut(status, "{\"Message\":\"Authorization has been denied for this request. Bearer " + TOKEN + "\"}");

      NexudusAuthenticationException e =
          catchThrowableOfType(NexudusAuthenticationException.class, () -> client().update(Fixtures.validAccount()));

      assertThat(e.status()).isEqualTo(status);
      assertThat(e.getMessage()).contains("EmailAccount-Edit").doesNotContain(TOKEN);
    }
  }

  @Test
  void notFoundIsTyped() {
    server.stubFor(get(urlEqualTo(PATH + "/5")).willReturn(aResponse().withStatus(404).withBody("\"Not found\"")));

    assertThatThrownBy(() -> client().get(5))
        .isInstanceOf(NexudusNotFoundException.class)
        .hasMessage("Nexudus found no such EmailAccount (HTTP 404)");
  }

  @Test
  void conflictWithRetryAfterSecondsIsRateLimited() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(409).withHeader("Retry-After", "7")));

    NexudusRateLimitedException e =
        catchThrowableOfType(NexudusRateLimitedException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e).hasMessage("Nexudus is rate limiting requests (HTTP 409); retry after 7 s");
  }

  @Test
  void tooManyRequestsWithAnHttpDateIsRateLimited() {
    String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(30));
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", in30Seconds)));

    NexudusRateLimitedException e =
        catchThrowableOfType(NexudusRateLimitedException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
  }

  @Test
  void rateLimitedRequestsAreRetriedAfterRetryAfterWhenAsked() throws Exception {
    server.stubFor(put(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("once"));
    server.stubFor(put(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("once")
        .willReturn(aResponse().withStatus(409).withHeader("Retry-After", "0")).willSetStateTo("free"));
    server.stubFor(put(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("free")
        .willReturn(aResponse().withStatus(200).withBody(example("seed-200-response.json"))));

    ValidationResponse response = client(new ClientSettings(true, 3, Duration.ofSeconds(5))).update(Fixtures.validAccount());

    assertThat(response.wasSuccessful()).isTrue();
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void retryAfterLongerThanTheMaximumWaitIsThrownAtOnce() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> client(new ClientSettings(true, 5, Duration.ofSeconds(60))).update(Fixtures.validAccount()))
        .isInstanceOf(NexudusRateLimitedException.class);
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void serverErrorKeepsStatusAndExcerpt() {
    answerPut(500, "{\"Message\":\"An error has occurred.\"}");

    NexudusServerException e =
        catchThrowableOfType(NexudusServerException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.bodyExcerpt()).isEqualTo("{\"Message\":\"An error has occurred.\"}");
  }

  @Test
  void htmlPagesAreFoldedCutAndRedacted() {
    String html = "<html>\n<body>\n  <h1>502 Bad Gateway</h1>\n  <p>Authorization: Bearer " + TOKEN
        + "</p>\n  <pre>{\"GoogleAccessToken\": \"ya29.google-secret-token\"}</pre>" + "x".repeat(500) + "</body></html>";
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));

    NexudusServerException e =
        catchThrowableOfType(NexudusServerException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.bodyExcerpt())
        .startsWith("<html> <body> <h1>502 Bad Gateway</h1> <p>Authorization: Bearer ***</p> <pre>{\"GoogleAccessToken\": \"***\"}</pre>xxx")
        .hasSize(201)
        .endsWith("…");
    assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("google-secret-token");
  }

  @Test
  void emptyOrForeignSuccessBodiesAreServerErrors() {
    answerPut(200, "");
    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusServerException.class)
        .hasMessage("Nexudus answered HTTP 200 with an empty body");
    answerPut(200, "<html>maintenance</html>");
    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusServerException.class)
        .hasMessage("Nexudus answered HTTP 200 with \"<html>maintenance</html>\"");
  }

  @Test
  void unknownStatusesAreServerErrorsNeverRawWebApplicationExceptions() {
    answerPut(418, "teapot");
    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusServerException.class)
        .hasMessage("Nexudus answered HTTP 418 with \"teapot\"");
  }

  @Test
  void getReadsTheWholeRecordAndIgnoresUnknownProperties() {
    String body = EmailAccountJson.toJson(Fixtures.fullAccount()).replace("{", "{\"UniqueId\":\"abc\",\"UpdatedOn\":null,");
    server.stubFor(get(urlEqualTo(PATH + "/87654321")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withStatus(200).withBody(body)));

    assertThat(client().get(87654321L)).isEqualTo(Fixtures.fullAccount());
  }

  @Test
  void createValidatesForCreateAndPosts() throws Exception {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(
        "{\"Message\":\"EmailAccount was successfully created.\",\"Value\":{\"Id\":99},\"Errors\":null,\"WasSuccessful\":true}")));

    ValidationResponse response = client().create(Fixtures.validAccount().toBuilder().id(null).build());

    assertThat(response.value()).isEqualTo(new RecordId(99));
  }

  @Test
  void deleteReturnsTheEnvelope() {
    server.stubFor(delete(urlEqualTo(PATH + "/7")).willReturn(aResponse().withStatus(200).withBody(
        "{\"Message\":\"EmailAccount was successfully deleted.\",\"Value\":{\"Id\":7},\"Errors\":null,\"WasSuccessful\":true}")));

    assertThat(client().delete(7).message()).isEqualTo("EmailAccount was successfully deleted.");
  }

  @Test
  void readModifyWriteKeepsEveryOptionalPropertyTheChangeDoesNotTouch() throws Exception {
    EmailAccount stored = Fixtures.fullAccount();
    server.stubFor(get(urlEqualTo(PATH + "/87654321")).willReturn(aResponse().withStatus(200)
        .withBody(EmailAccountJson.toJson(stored))));
    answerPut(200, example("seed-200-response.json"));

    client().update(87654321L, account -> account.displayName("Reception"));

    EmailAccount expected = stored.toBuilder().displayName("Reception").build();
    server.verify(putRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(EmailAccountJson.toJson(expected))));
  }

  @Test
  void readModifyWriteValidatesTheChangedRecordBeforeSending() {
    server.stubFor(get(urlEqualTo(PATH + "/87654321")).willReturn(aResponse().withStatus(200)
        .withBody(EmailAccountJson.toJson(Fixtures.validAccount()))));

    assertThatThrownBy(() -> client().update(87654321L, account -> account.incomingServerPort(70000)))
        .isInstanceOf(EmailAccountValidationException.class)
        .hasMessage("EmailAccount rejected before sending: IncomingServerPort: must be between 1 and 65535");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void unreachableServerIsTyped() {
    server.stop();

    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusUnreachableException.class)
        .hasMessageStartingWith("Nexudus could not be reached: ");
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() throws Exception {
    answerPut(200, example("seed-200-response.json"));
    NexudusEmailAccounts anonymous =
        NexudusEmailAccounts.of(api, EmailAccountValidator.standard(), ClientSettings.DEFAULTS, BearerTokenSupplier.fixed(null));

    anonymous.update(Fixtures.validAccount());

    server.verify(putRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    assertThat(BearerTokenSupplier.fixed(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(client().toString()).doesNotContain(TOKEN);
  }
}
