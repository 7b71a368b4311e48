package dev.preflight.it;

import dev.preflight.Validators;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.NexudusSimulator;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CDI client signed in with a user name and a password from MicroProfile Config: tokens from
 * the simulator's token endpoint, a 401 renewing the token once, a paged list, and a second entity
 * (Bookings) through the entities client on the same sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class SignedInClientIT {
  private static final String USER = "ops@example.com";
  private static final String PASSWORD = "it-Pa55word-secret";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationSignedInAs(USER, PASSWORD);
  }

  @Inject NexudusSimulator simulator;
  @Inject EmailAccountService service;
  @Inject NexudusEntities nexudus;
  @Inject Validators validators;
  @Inject @RestClient EntitiesApi api;

  private ClientScenarios scenarios() {
    return new ClientScenarios(service, simulator, validators, api, nexudus);
  }

  @BeforeEach
  void reset() {
    scenarios().reset();
    simulator.acceptLogin(USER, PASSWORD, null, NexudusSimulator.EDIT_ROLE);
  }

  @Test
  void theClientGetsItsTokenFromThePasswordGrant() {
    assertEquals(Fixtures.validAccount(), service.load(87654321L));
    service.rename(87654321L, "Reception");

    assertEquals(1, simulator.passwordGrants());
    assertEquals("Reception", simulator.get(87654321L).orElseThrow().displayName());
  }

  @Test
  void aRefusedTokenIsRefreshedOnceAndTheRequestRepeated() {
    service.load(87654321L);
    int grants = simulator.passwordGrants();
    simulator.expireIssuedTokens();
    int before = simulator.requestCount();

    assertEquals(Fixtures.validAccount(), service.load(87654321L));

    assertEquals(1, simulator.refreshGrants());
    assertEquals(grants, simulator.passwordGrants());
    // The refused GET, the refresh grant, the repeated GET.
    assertEquals(before + 3, simulator.requestCount());
  }

  @Test
  void aListComesBackWholeAcrossPages() {
    scenarios().aListComesBackWholeAcrossPages();
  }

  @Test
  void aSecondEntityGoesThroughTheSameClientLosingNoMember() {
    service.load(87654321L);
    int grants = simulator.passwordGrants();

    scenarios().aSecondEntityGoesThroughTheEntitiesClientLosingNoMember();

    assertEquals(grants, simulator.passwordGrants());
  }
}
