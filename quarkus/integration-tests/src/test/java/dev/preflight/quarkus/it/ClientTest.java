package dev.preflight.quarkus.it;

import dev.preflight.Validators;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.it.ClientContract;
import dev.preflight.it.ClientScenarios;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.NexudusSimulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * it-scenarios' client scenarios ({@link ClientScenarios}) on Quarkus: the injected clients (ArC,
 * the Quarkus REST client) against the simulator served by the application itself.
 */
@QuarkusTest
class ClientTest implements ClientContract {
  @Inject EmailAccountService service;
  @Inject NexudusSimulator simulator;
  @Inject Validators validators;
  @Inject NexudusEntities nexudus;
  @Inject @RestClient EntitiesApi api;

  @ConfigProperty(name = "nexudus/mp-rest/readTimeout")
  long readTimeout;

  @Override
  public ClientScenarios scenarios() {
    return new ClientScenarios(service, simulator, validators, api, nexudus);
  }

  @Test
  void aListComesBackWholeAcrossPages() {
    scenarios().aListComesBackWholeAcrossPages();
  }

  @Test
  void aSecondEntityGoesThroughTheEntitiesClientLosingNoMember() {
    scenarios().aSecondEntityGoesThroughTheEntitiesClientLosingNoMember();
  }

  @Test
  void theRestClientGetsPreflightsTimeoutDefaults() {
    assertEquals(20_000, readTimeout);
  }
}
