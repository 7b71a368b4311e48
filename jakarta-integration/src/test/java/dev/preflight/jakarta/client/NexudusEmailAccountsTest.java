package dev.preflight.jakarta.client;

import dev.preflight.Validators;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.jakarta.json.ValidationResponseJson;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.net.InetAddress;
import java.net.ServerSocket;
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
  private EntitiesApi api;

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
    api = RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(EntitiesApi.class);
  }

  @AfterEach
  void stop() throws Exception {
    ((AutoCloseable) api).close();
    server.stop();
  }

  private NexudusEmailAccounts client(ClientSettings settings) {
    return NexudusEntities.of(api, Validators.standard(), settings, BearerTokenSupplier.fixed(TOKEN)).emailAccounts();
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

    assertThat(response).isEqualTo(ValidationResponse.success(
        "EmailAccount was successfully updated.", new RecordId(87654321L)));
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
        () -> client(ClientSettings.DEFAULTS.withValidateBeforeSend(false)).update(invalid));

    assertThat(e.origin()).isEqualTo(EmailAccountValidationException.Origin.SERVER);
    assertThat(e.status()).isEqualTo(400);
    assertThat(EnvelopeJson.toJson(e.response())).isEqualTo(EnvelopeJson.toJson(local));
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

    ValidationResponse response = client(ClientSettings.DEFAULTS.withMaxAttempts(3).withMinWait(Duration.ofMillis(10))).update(Fixtures.validAccount());

    assertThat(response.wasSuccessful()).isTrue();
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void retryAfterLongerThanTheMaximumWaitIsThrownAtOnce() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> client(ClientSettings.DEFAULTS.withMaxAttempts(5)).update(Fixtures.validAccount()))
        .isInstanceOf(NexudusRateLimitedException.class);
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aRetryAfterTooLargeForALongIsTheLongestWaitNotOneSecond() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "99999999999999999999999")));

    NexudusRateLimitedException e = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> client(ClientSettings.DEFAULTS.withMaxAttempts(5)).update(Fixtures.validAccount()));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void nexudusDocumentedThrottlingIsA409WithAnEmptyBodyAndTheReasonInTheStatusLine() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(409)
        .withStatusMessage("API calls quota exceeded! maximum admitted 60 per 1m")));

    NexudusRateLimitedException e =
        catchThrowableOfType(NexudusRateLimitedException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void aTooManyRequestsTextBodySayingHowLongToWaitGivesTheWait() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "text/plain").withBody("Wait 12 seconds")));

    NexudusRateLimitedException e =
        catchThrowableOfType(NexudusRateLimitedException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    assertThat(e).hasMessage("Nexudus is rate limiting requests (HTTP 429); retry after 12 s");
  }

  @Test
  void a409WithABodyAndNoRetryAfterIsAConflictAndIsNotRetried() {
    answerPut(409, "{\"Message\":\"This record was changed by someone else.\"}");

    NexudusServerException e = catchThrowableOfType(NexudusServerException.class,
        () -> client(ClientSettings.DEFAULTS.withMaxAttempts(5).withMinWait(Duration.ZERO)).update(Fixtures.validAccount()));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.bodyExcerpt()).isEqualTo("{\"Message\":\"This record was changed by someone else.\"}");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aSuccessWithErrorsOrWithTheIdOfAnotherRecordIsNotASuccess() {
    for (String body : List.of(
        "{\"Message\":\"EmailAccount was successfully updated.\",\"Value\":{\"Id\":87654321},"
            + "\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"}],"
            + "\"WasSuccessful\":true}",
        "{\"Message\":\"EmailAccount was successfully updated.\",\"Value\":{\"Id\":12},\"WasSuccessful\":true}")) {
      answerPut(200, body);

      assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
          .as(body).isInstanceOf(NexudusServerException.class).hasMessage("Nexudus answered HTTP 200 with \"" + body + "\"");
    }
  }

  @Test
  void theCauseOfAnUnreachableExceptionIsARedactedCopy() throws Exception {
    ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    silent.close();
    EntitiesApi refused = RestClientBuilder.newBuilder()
        .baseUri(URI.create("http://127.0.0.1:" + silent.getLocalPort())).build(EntitiesApi.class);
    try {
      NexudusUnreachableException e = catchThrowableOfType(NexudusUnreachableException.class,
          () -> NexudusEntities.of(refused, Validators.standard(), ClientSettings.DEFAULTS,
              BearerTokenSupplier.fixed(TOKEN)).emailAccounts().update(Fixtures.validAccount()));

      assertThat(e.getCause()).isInstanceOf(RedactedCause.class);
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        assertThat(cause).isInstanceOf(RedactedCause.class);
        assertThat(String.valueOf(cause.getMessage())).doesNotContain(TOKEN);
      }
      assertThat(((RedactedCause) e.getCause()).originalClassName()).startsWith("jakarta.ws.rs.");
    } finally {
      ((AutoCloseable) refused).close();
    }
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

    assertThat(client().get(87654321L).account()).isEqualTo(Fixtures.fullAccount());
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
  void aRefusedConnectionIsUnreachableAndSaysNothingWasSent() {
    server.stop();

    NexudusUnreachableException e =
        catchThrowableOfType(NexudusUnreachableException.class, () -> client().update(Fixtures.validAccount()));

    assertThat(e).hasMessage("Nexudus could not be reached (ConnectException): the request was not sent");
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.status()).isZero();
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() throws Exception {
    answerPut(200, example("seed-200-response.json"));
    NexudusEmailAccounts anonymous =
        NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS, BearerTokenSupplier.fixed(null)).emailAccounts();

    anonymous.update(Fixtures.validAccount());

    server.verify(putRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    assertThat(BearerTokenSupplier.fixed(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(client().toString()).doesNotContain(TOKEN);
  }

  /** A record as Nexudus holds it: the 23 properties and the members the model does not know. */
  private static final String STORED = """
      {"Id":87654321,"SystemId":"CRM-0042","BusinessId":123,"DisplayName":"Front desk",\
      "EmailAddress":"frontdesk@example.com","IncomingServer":"imap.example.com","IncomingServerType":1,\
      "IncomingServerPort":993,"IncomingServerUsername":"frontdesk","IncomingServerPassword":"imap-secret-pass",\
      "DeleteMessageSettings":1,"OutgoingServer":"smtp.example.com","OutgoingServerPort":465,\
      "OutgoingServerUsername":"frontdesk","OutgoingServerPassword":"smtp-secret-pass","LastMessageId":0,\
      "ErrorCount":0, "Active" : true,"IncomingServerSSL":true,"OutgoingServerSSL":true,\
      "GoogleAccessToken":"ya29.google-secret-token","CustomFields":{"Data":[{"Name":"Floor","Value":3.50}]},\
      "UniqueId":"6f1c2e80-0d4b-4f3e-9a7c-2b1d5e8f9a01","Future":{"Nested":{"List":[1,"two",null,{"x":1e3}]}},\
      "UpdatedOn":"2025-01-15T10:30:00Z"}""";

  private void storeForGet(String body) {
    server.stubFor(get(urlEqualTo(PATH + "/87654321")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private String sentBody() {
    List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> puts = server.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getMethod().getName().equals("PUT")).toList();
    assertThat(puts).hasSize(1);
    return puts.get(0).getRequest().getBodyAsString();
  }

  @Test
  void readModifyWriteSendsBackEveryMemberTheServerReturnedByteForByte() throws Exception {
    storeForGet(STORED);
    answerPut(200, example("seed-200-response.json"));

    client().update(87654321L, account -> account.displayName("Reception").replyToEmail("desk@example.com"));

    assertThat(sentBody()).isEqualTo(STORED.replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":\"Reception\"")
        .replace("\"UpdatedOn\":\"2025-01-15T10:30:00Z\"}",
            "\"UpdatedOn\":\"2025-01-15T10:30:00Z\",\"ReplyToEmail\":\"desk@example.com\"}"));
  }

  @Test
  void aPropertyClearedByTheChangeIsSentAsNull() throws Exception {
    storeForGet(STORED);
    answerPut(200, example("seed-200-response.json"));

    client().update(87654321L, account -> account.googleAccessToken(null));

    assertThat(sentBody()).isEqualTo(STORED.replace("\"ya29.google-secret-token\"", "null"));
  }

  @Test
  void aDocumentFromGetChangedAndUpdatedLosesNothing() throws Exception {
    storeForGet(STORED);
    answerPut(200, example("seed-200-response.json"));

    EmailAccountDocument document = client().get(87654321L);
    client().update(document.with(account -> account.errorCount(2)));

    assertThat(sentBody()).isEqualTo(STORED.replace("\"ErrorCount\":0", "\"ErrorCount\":2"));
    assertThat(document.otherMemberNames()).containsExactly("SystemId", "IncomingServerPassword",
        "OutgoingServerPassword", "CustomFields", "UniqueId", "Future", "UpdatedOn");
  }

  @Test
  void redirectsAndUnknownStatusesAreServerErrorsWithTheirLocation() {
    record Case(int status, String location, String body, String message) {}
    List<Case> cases = List.of(
        new Case(301, "https://spaces.nexudus.com/api/crm/emailaccounts", "",
            "Nexudus answered HTTP 301 (Location: https://spaces.nexudus.com/api/crm/emailaccounts) with an empty body"),
        new Case(302, "/login?token=" + TOKEN, "<a>moved</a>",
            "Nexudus answered HTTP 302 (Location: /login?token=***) with \"<a>moved</a>\""),
        new Case(304, null, "", "Nexudus answered HTTP 304 with an empty body"),
        new Case(418, null, "teapot", "Nexudus answered HTTP 418 with \"teapot\""));
    for (Case c : cases) {
      var answer = aResponse().withStatus(c.status()).withBody(c.body());
      server.stubFor(put(urlEqualTo(PATH)).willReturn(c.location() == null ? answer : answer.withHeader("Location", c.location())));

      NexudusServerException e =
          catchThrowableOfType(NexudusServerException.class, () -> client().update(Fixtures.validAccount()));

      assertThat(e).as("HTTP %d", c.status()).hasMessage(c.message());
      assertThat(e.status()).isEqualTo(c.status());
    }
  }

  @Test
  void aRedirectedGetIsNotFollowed() {
    server.stubFor(get(urlEqualTo(PATH + "/7")).willReturn(aResponse().withStatus(301).withHeader("Location", PATH + "/8")));
    server.stubFor(get(urlEqualTo(PATH + "/8")).willReturn(aResponse().withStatus(200).withBody(STORED)));

    NexudusServerException e = catchThrowableOfType(NexudusServerException.class, () -> client().get(7));

    assertThat(e.location()).contains(PATH + "/8");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aSuccessStatusOtherThanTheExpectedOneIsAServerError() throws Exception {
    answerPut(201, example("seed-200-response.json"));
    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusServerException.class).hasMessageStartingWith("Nexudus answered HTTP 201 with \"{");
    answerPut(204, "");
    assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
        .isInstanceOf(NexudusServerException.class).hasMessage("Nexudus answered HTTP 204 with an empty body");
    server.stubFor(get(urlEqualTo(PATH + "/87654321")).willReturn(aResponse().withStatus(203).withBody(STORED)));
    assertThatThrownBy(() -> client().get(87654321L)).isInstanceOf(NexudusServerException.class);
  }

  @Test
  void aSuccessWithoutAnIntegerIdIsNotASuccess() {
    for (String body : List.of("{\"Value\":{\"Id\":\"7\"},\"WasSuccessful\":true}", "{\"Value\":{\"Id\":7.5},\"WasSuccessful\":true}",
        "{\"Value\":null,\"WasSuccessful\":true}", "{\"Value\":{\"Id\":7}}", "{\"Value\":{\"Id\":7},\"WasSuccessful\":\"true\"}")) {
      answerPut(200, body);

      assertThatThrownBy(() -> client().update(Fixtures.validAccount()))
          .as(body).isInstanceOf(NexudusServerException.class).hasMessage("Nexudus answered HTTP 200 with \"" + body + "\"");
    }
  }

  @Test
  void aMalformedFailureStillGivesAnErrorAndAMessage() {
    answerPut(200, "{\"Message\":5,\"Errors\":\"none\",\"WasSuccessful\":false}");
    EmailAccountValidationException e =
        catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(Fixtures.validAccount()));
    assertThat(e.response()).isEqualTo(ValidationResponse.rejection("$: was rejected by the server without a readable reason",
        List.of(new ValidationError("$", null, "was rejected by the server without a readable reason"))));
    assertThat(e).hasMessage("EmailAccount rejected by Nexudus (HTTP 200): $: was rejected by the server without a readable reason");

    answerPut(400, "{\"Message\":null,\"Errors\":[{\"Message\":\"is bad\",\"PropertyName\":\"DisplayName\",\"AttemptedValue\":[1]},"
        + "{\"Message\":3,\"PropertyName\":\"Id\"},7],\"WasSuccessful\":false}");
    e = catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(Fixtures.validAccount()));
    assertThat(e.response()).isEqualTo(ValidationResponse.rejection("DisplayName: is bad",
        List.of(new ValidationError("DisplayName", null, "is bad"))));

    answerPut(200, "{\"Message\":\"\",\"Errors\":null,\"WasSuccessful\":false}");
    e = catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(Fixtures.validAccount()));
    assertThat(e.response().errors()).containsExactly(ValidationResponseJson.UNREADABLE);
  }

  @Test
  void tokensEchoedByTheServerAreScrubbedFromEveryMessageExcerptAndEnvelope() {
    EmailAccount withTokens = Fixtures.fullAccount();
    String escapedToken = TOKEN.replace("-", "\\u002d");
    List<String> bodies = List.of(
        "upstream said " + TOKEN,
        "{\"Echo\":\"" + escapedToken + "\",\"Google\":\"ya29.google\\u002dsecret-token\"}",
        "{\"Message\":\"token " + TOKEN + " and eyJ0eXAi.office-secret-token refused\"}");
    for (String body : bodies) {
      answerPut(500, body);
      NexudusServerException e =
          catchThrowableOfType(NexudusServerException.class, () -> client().update(withTokens));
      assertThat(e.getMessage()).as(body).doesNotContain(TOKEN, "secret-token", "\\u002d");
      assertThat(e.bodyExcerpt()).contains("***");
    }

    answerPut(400, "{\"Message\":\"Token " + TOKEN + " is wrong\",\"Errors\":[{\"AttemptedValue\":\"eyJ0eXAi.office-secret-token\","
        + "\"Message\":\"ya29.google-secret-token is expired\",\"PropertyName\":\"Office365AccessToken\"}],\"WasSuccessful\":false}");
    EmailAccountValidationException rejected =
        catchThrowableOfType(EmailAccountValidationException.class, () -> client().update(withTokens));
    assertThat(rejected).hasMessage("EmailAccount rejected by Nexudus (HTTP 400): Token *** is wrong");
    assertThat(rejected.response().errors()).containsExactly(new ValidationError("Office365AccessToken", "***", "*** is expired"));

    answerPut(200, "{\"Message\":\"Bearer " + TOKEN + " lacks a role\",\"WasSuccessful\":false}");
    assertThatThrownBy(() -> client().update(withTokens))
        .hasMessage("EmailAccount rejected by Nexudus (HTTP 200): Bearer *** lacks a role");
  }

  @Test
  void theServerPasswordsOfAStoredRecordAreScrubbedToo() {
    storeForGet(STORED);
    answerPut(502, "proxy error while sending imap-secret-pass and smtp-secret-pass");

    NexudusServerException e = catchThrowableOfType(NexudusServerException.class,
        () -> client().update(87654321L, account -> account.errorCount(1)));

    assertThat(e).hasMessage("Nexudus answered HTTP 502 with \"proxy error while sending *** and ***\"");
  }

  @Test
  void retryAfterZeroIsHeldToTheMinimumWaitAndTheRetryBudget() {
    server.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    ClientSettings storm = ClientSettings.DEFAULTS.withMaxAttempts(1_000).withRetryBudget(Duration.ofMillis(2_900));

    assertThatThrownBy(() -> client(storm).update(Fixtures.validAccount())).isInstanceOf(NexudusRateLimitedException.class);

    List<java.util.Date> sent = server.getAllServeEvents().stream().map(event -> event.getRequest().getLoggedDate())
        .sorted().toList();
    assertThat(sent).hasSize(3);
    for (int i = 1; i < sent.size(); i++) {
      assertThat(sent.get(i).getTime() - sent.get(i - 1).getTime()).isGreaterThanOrEqualTo(1_000);
    }
  }
}
