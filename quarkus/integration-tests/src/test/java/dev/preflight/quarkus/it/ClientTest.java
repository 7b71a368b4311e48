package dev.preflight.quarkus.it;

import dev.preflight.Validators;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.it.ClientScenarios;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.NexudusSimulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * it-scenarios' client scenarios ({@link ClientScenarios}) on Quarkus: the injected clients (ArC,
 * the Quarkus REST client) against the simulator served by the application itself.
 */
@QuarkusTest
class ClientTest {
  @Inject EmailAccountService service;
  @Inject NexudusSimulator simulator;
  @Inject Validators validators;
  @Inject NexudusEntities nexudus;
  @Inject @RestClient EntitiesApi api;

  @ConfigProperty(name = "nexudus/mp-rest/readTimeout")
  long readTimeout;

  private ClientScenarios scenarios() {
    return new ClientScenarios(service, simulator, validators, api, nexudus);
  }

  @BeforeEach
  void reset() {
    scenarios().reset();
  }

  @Test
  void validUpdateRoundTripsAndAnswersTheSeeds200Shape() {
    scenarios().validUpdateRoundTripsAndAnswersTheSeeds200Shape();
  }

  @Test
  void invalidUpdateIsRejectedLocallyWithTheExactEnvelope() {
    scenarios().invalidUpdateIsRejectedLocallyWithTheExactEnvelope();
  }

  @Test
  void missingWrongAndRoleLessTokensAreAuthenticationErrors() {
    scenarios().missingWrongAndRoleLessTokensAreAuthenticationErrors();
  }

  @Test
  void unknownRecordIsNotFound() {
    scenarios().unknownRecordIsNotFound();
  }

  @Test
  void conflictAndTooManyRequestsCarryRetryAfter() {
    scenarios().conflictAndTooManyRequestsCarryRetryAfter();
  }

  @Test
  void htmlServerErrorIsAServerException() {
    scenarios().htmlServerErrorIsAServerException();
  }

  @Test
  void readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte() {
    scenarios().readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte();
  }

  @Test
  void aStalledBodyEndsTypedAtTheDeadline() {
    scenarios().aStalledBodyEndsTypedAtTheDeadline();
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
