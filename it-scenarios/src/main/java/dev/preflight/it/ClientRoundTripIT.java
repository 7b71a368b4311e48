package dev.preflight.it;

import dev.preflight.Validators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusException;
import dev.preflight.jakarta.client.NexudusServerException;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the container: the injected client against the simulator, over real HTTP on loopback. */
@ExtendWith(ArquillianExtension.class)
class ClientRoundTripIT implements ClientContract {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("");
  }

  @Inject EmailAccountService service;
  @Inject NexudusSimulator simulator;
  @Inject Validators validators;
  @Inject @RestClient EntitiesApi api;

  @Inject
  @ConfigProperty(name = "it.log.dir")
  String logDir;

  @Inject NexudusEntities nexudus;

  @Override
  public ClientScenarios scenarios() {
    return new ClientScenarios(service, simulator, validators, api, nexudus);
  }

  @Test
  void createAssignsAnId() {
    ValidationResponse response = service.add(Fixtures.validAccount().toBuilder().id(null).build());

    assertTrue(response.wasSuccessful());
    assertTrue(simulator.get(response.value().id()).isPresent());
  }

  @Test
  void tokensNeverReachMessagesOrTheServerLog() throws Exception {
    List<NexudusException> failures = new ArrayList<>();
    for (String token : new String[] {NexudusSimulator.READER_TOKEN, NexudusSimulator.EDITOR_TOKEN}) {
      simulator.failNext(token.equals(NexudusSimulator.EDITOR_TOKEN) ? Fault.serverErrorPage() : Fault.of(200, "application/json", ""));
      try (NexudusEntities signedIn = scenarios().clientWithToken(token, ClientSettings.DEFAULTS)) {
        NexudusEmailAccounts client = signedIn.emailAccounts();
        failures.add(assertThrows(NexudusException.class, () -> client.update(Fixtures.validAccount())));
        failures.add(assertThrows(NexudusException.class, () -> client.get(1)));
      }
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

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/readTimeout")
  long readTimeout;

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/connectTimeout")
  long connectTimeout;

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
  void theRestClientGetsPreflightsTimeoutDefaults() {
    assertEquals(5_000, connectTimeout);
    assertEquals(20_000, readTimeout);
  }
}
