package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.jakarta.client.BearerTokenSupplier;
import dev.preflight.emailaccount.jakarta.client.ClientSettings;
import dev.preflight.emailaccount.jakarta.client.EmailAccountValidationException;
import dev.preflight.emailaccount.jakarta.client.EmailAccountsApi;
import dev.preflight.emailaccount.jakarta.client.NexudusAuthenticationException;
import dev.preflight.emailaccount.jakarta.client.NexudusEmailAccounts;
import dev.preflight.emailaccount.jakarta.client.NexudusException;
import dev.preflight.emailaccount.jakarta.client.NexudusNotFoundException;
import dev.preflight.emailaccount.jakarta.client.NexudusRateLimitedException;
import dev.preflight.emailaccount.jakarta.client.NexudusServerException;
import dev.preflight.emailaccount.jakarta.client.NexudusUnreachableException;
import dev.preflight.emailaccount.jakarta.json.EmailAccountDocument;
import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.RecordId;
import dev.preflight.emailaccount.validation.ValidationResponse;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the container: the injected client against the simulator, over real HTTP on loopback. */
@ExtendWith(ArquillianExtension.class)
class ClientRoundTripIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("");
  }

  @Inject EmailAccountService service;
  @Inject NexudusSimulator simulator;
  @Inject EmailAccountValidator validator;
  @Inject @RestClient EmailAccountsApi api;

  @Inject
  @ConfigProperty(name = "it.log.dir")
  String logDir;

  @BeforeEach
  void reset() {
    simulator.reset();
    // A PUT replaces a record Nexudus holds: the one the fixtures name is there to begin with.
    simulator.put(Fixtures.validAccount());
  }

  private NexudusEmailAccounts clientWithToken(String token) {
    return NexudusEmailAccounts.of(api, validator, ClientSettings.DEFAULTS, BearerTokenSupplier.fixed(token));
  }

  @Test
  void validUpdateRoundTripsAndAnswersTheSeeds200Shape() {
    EmailAccount account = Fixtures.fullAccount();

    ValidationResponse response = service.save(account);

    assertEquals(ValidationResponse.success("EmailAccount was successfully updated.", new RecordId(87654321L)),
        response);
    assertEquals(account, simulator.get(87654321L).orElseThrow());
    assertEquals(account, service.load(87654321L));
    assertEquals(2, simulator.requestCount());
  }

  @Test
  void invalidUpdateIsRejectedLocallyWithTheExactEnvelope() {
    EmailAccount invalid = Fixtures.validAccount().toBuilder().displayName(null).build();

    EmailAccountValidationException e = assertThrows(EmailAccountValidationException.class, () -> service.save(invalid));

    assertEquals(EmailAccountValidationException.Origin.LOCAL, e.origin());
    assertEquals(EmailAccountValidator.standard().validate(invalid), e.response());
    assertEquals(0, simulator.requestCount());
  }

  @Test
  void createAssignsAnId() {
    ValidationResponse response = service.add(Fixtures.validAccount().toBuilder().id(null).build());

    assertTrue(response.wasSuccessful());
    assertTrue(simulator.get(response.value().id()).isPresent());
  }

  @Test
  void missingWrongAndRoleLessTokensAreAuthenticationErrors() {
    for (String token : new String[] {null, "wrong-token", NexudusSimulator.READER_TOKEN}) {
      NexudusAuthenticationException e = assertThrows(NexudusAuthenticationException.class,
          () -> clientWithToken(token).update(Fixtures.validAccount()));
      assertEquals(401, e.status());
      assertTrue(e.getMessage().contains("EmailAccount-Edit"), e.getMessage());
      assertFalse(e.getMessage().contains(NexudusSimulator.READER_TOKEN));
    }
  }

  @Test
  void unknownRecordIsNotFound() {
    NexudusNotFoundException e = assertThrows(NexudusNotFoundException.class, () -> service.load(42));
    assertEquals(404, e.status());
  }

  @Test
  void conflictAndTooManyRequestsCarryRetryAfter() {
    for (int status : new int[] {409, 429}) {
      simulator.failNext(Fault.rateLimited(status, 17));

      NexudusRateLimitedException e =
          assertThrows(NexudusRateLimitedException.class, () -> service.save(Fixtures.validAccount()));

      assertEquals(status, e.status());
      assertEquals(Duration.ofSeconds(17), e.retryAfter().orElseThrow());
    }
  }

  @Test
  void htmlServerErrorIsAServerException() {
    simulator.failNext(Fault.serverErrorPage());

    NexudusServerException e = assertThrows(NexudusServerException.class, () -> service.save(Fixtures.validAccount()));

    assertEquals(500, e.status());
    assertTrue(e.bodyExcerpt().startsWith("<!DOCTYPE html><html><head><title>Runtime Error</title>"), e.bodyExcerpt());
  }

  @Test
  void tokensNeverReachMessagesOrTheServerLog() throws Exception {
    List<NexudusException> failures = new ArrayList<>();
    for (String token : new String[] {NexudusSimulator.READER_TOKEN, NexudusSimulator.EDITOR_TOKEN}) {
      simulator.failNext(token.equals(NexudusSimulator.EDITOR_TOKEN) ? Fault.serverErrorPage() : Fault.of(200, "application/json", ""));
      failures.add(assertThrows(NexudusException.class, () -> clientWithToken(token).update(Fixtures.validAccount())));
      failures.add(assertThrows(NexudusException.class, () -> clientWithToken(token).get(1)));
    }
    for (NexudusException failure : failures) {
      assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }
    try (Stream<Path> logs = Files.list(Path.of(logDir))) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(log);
        assertFalse(text.contains(NexudusSimulator.EDITOR_TOKEN), log.toString());
        assertFalse(text.contains(NexudusSimulator.READER_TOKEN), log.toString());
        assertFalse(text.contains("google-secret-token"), log.toString());
      }
    }
  }

  @Test
  void readModifyWriteKeepsEveryOptionalProperty() {
    EmailAccount stored = Fixtures.fullAccount();
    simulator.put(stored);

    service.rename(stored.id(), "Reception");

    assertEquals(stored.toBuilder().displayName("Reception").build(), simulator.get(stored.id()).orElseThrow());
  }

  @Test
  void concurrentUpdatesAllSucceedAndTheLastValueOfEachRecordWins() throws Exception {
    int threads = 32;
    int records = 200;
    int versions = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int r = 0; r < records; r++) {
        long id = 5_000 + r;
        simulator.put(Fixtures.validAccount().toBuilder().id(id).build());
        done.add(pool.submit(() -> {
          int ok = 0;
          for (int v = 1; v <= versions; v++) {
            EmailAccount account = Fixtures.validAccount().toBuilder().id(id).displayName("v" + v).errorCount(v).build();
            ok += service.save(account).wasSuccessful() ? 1 : 0;
          }
          return ok;
        }));
      }
      int succeeded = 0;
      for (Future<Integer> future : done) {
        succeeded += future.get(5, TimeUnit.MINUTES);
      }
      assertEquals(records * versions, succeeded);
    } finally {
      pool.shutdownNow();
    }
    Map<Long, EmailAccount> store = simulator.records();
    assertEquals(records + 1, store.size(), "the 200 records and the fixtures' one");
    for (int r = 0; r < records; r++) {
      EmailAccount last = store.get(5_000L + r);
      assertEquals("v" + versions, last.displayName());
      assertEquals(versions, last.errorCount());
    }
    assertEquals(records * versions, simulator.requestCount());
  }

  /** A record as Nexudus holds it, with members the model does not know. */
  private static final String STORED = """
      {"Id":4242,"SystemId":"CRM-0042","BusinessId":123,"DisplayName":"Front desk",\
      "EmailAddress":"frontdesk@example.com","IncomingServer":"imap.example.com","IncomingServerType":1,\
      "IncomingServerPort":993,"IncomingServerUsername":"frontdesk","IncomingServerPassword":"imap-secret-pass",\
      "DeleteMessageSettings":1,"OutgoingServer":"smtp.example.com","OutgoingServerPort":465,\
      "OutgoingServerUsername":"frontdesk","OutgoingServerPassword":"smtp-secret-pass","LastMessageId":0,\
      "ErrorCount":0, "IncomingServerSSL" : true,"OutgoingServerSSL":true,\
      "CustomFields":{"Data":[{"Name":"Floor","Value":3.50}]},"UniqueId":"6f1c2e80",\
      "Future":{"Nested":{"List":[1,"two",null,{"x":1e3}]}}}""";

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/readTimeout")
  long readTimeout;

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/connectTimeout")
  long connectTimeout;

  @Test
  void readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte() {
    simulator.put(EmailAccountDocument.read(EmailAccountJsonReader.standard(), STORED.getBytes(StandardCharsets.UTF_8))
        .orElseThrow());

    service.rename(4242, "Reception");

    assertEquals(STORED.replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":\"Reception\""),
        simulator.document(4242).orElseThrow().toJson());
  }

  @Test
  void redirectsAreServerErrorsCarryingTheirLocation() {
    for (int status : new int[] {301, 302, 307}) {
      simulator.failNext(Fault.redirect(status, "https://spaces.nexudus.com/api/crm/emailaccounts"));

      NexudusServerException e = assertThrows(NexudusServerException.class, () -> service.save(Fixtures.validAccount()));

      assertEquals(status, e.status());
      assertEquals("https://spaces.nexudus.com/api/crm/emailaccounts", e.location().orElseThrow());
    }
    simulator.failNext(Fault.redirect(301, "https://spaces.nexudus.com/api/crm/emailaccounts"));
    assertEquals(301, assertThrows(NexudusServerException.class, () -> service.load(1)).status());
    assertEquals(4, simulator.requestCount());
  }

  @Test
  void aStalledBodyEndsTypedAtTheDeadline() {
    simulator.put(Fixtures.validAccount());
    simulator.failNext(Fault.stalledBody());
    NexudusEmailAccounts impatient = NexudusEmailAccounts.of(api, validator,
        ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(1)), BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));

    long start = System.nanoTime();
    NexudusUnreachableException e;
    try {
      e = assertThrows(NexudusUnreachableException.class, () -> impatient.update(Fixtures.validAccount()));
    } finally {
      simulator.releaseStalls();
    }

    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 4, "ended before the 5 s stall");
    assertEquals("Nexudus did not answer within 1000 ms: the outcome of the request is unknown", e.getMessage());
    assertTrue(e.outcomeUnknown());
  }

  @Test
  void theRestClientGetsPreflightsTimeoutDefaults() {
    assertEquals(5_000, connectTimeout);
    assertEquals(20_000, readTimeout);
  }
}
