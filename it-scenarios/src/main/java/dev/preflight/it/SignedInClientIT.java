package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.jakarta.client.EntityRecords;
import dev.preflight.emailaccount.jakarta.client.ListQuery;
import dev.preflight.emailaccount.jakarta.client.NexudusEntities;
import dev.preflight.emailaccount.jakarta.client.NexudusValidationException;
import dev.preflight.emailaccount.validation.ValidationResponse;
import dev.preflight.entity.EntityRecord;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.RecordedRequest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import java.util.stream.LongStream;
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

  private static final String BOOKING = "{\"Id\":42,\"ResourceId\":7,\"ResourceName\":\"Room 1\","
      + "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\",\"Notes\":\"%s\","
      + "\"Visitors\":[{\"Id\":3,\"Name\":\"Ann\"}],\"Price\":12.50000000000000001}";

  @Inject NexudusSimulator simulator;
  @Inject EmailAccountService service;
  @Inject NexudusEntities nexudus;

  @BeforeEach
  void reset() {
    simulator.reset();
    simulator.acceptLogin(USER, PASSWORD, null, NexudusSimulator.EDIT_ROLE);
    simulator.put(Fixtures.validAccount());
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
    for (long id = 1; id <= 250; id++) {
      simulator.put(Fixtures.validAccount().toBuilder().id(id).build());
    }
    // A token from an earlier test was forgotten by the reset: settle the renewal before counting.
    service.load(87654321L);

    List<EmailAccount> records = service.find(ListQuery.all().where("DisplayName", Fixtures.validAccount().displayName())
        .orderBy("Id").pageSize(100));

    assertEquals(LongStream.concat(LongStream.rangeClosed(1, 250), LongStream.of(87654321L)).boxed().toList(),
        records.stream().map(EmailAccount::id).toList());
    assertEquals(3, simulator.requests().stream().map(RecordedRequest::path)
        .filter(path -> path.startsWith(NexudusSimulator.PATH + "?")).count());
  }

  @Test
  void aSecondEntityGoesThroughTheSameClientLosingNoMember() {
    service.load(87654321L);
    int grants = simulator.passwordGrants();
    simulator.putJson("bookings", String.format(BOOKING, "old"));
    EntityRecords bookings = nexudus.records("bookings");

    ValidationResponse done = bookings.update(42, booking -> booking.with("Notes", Json.createValue("new")));

    assertEquals("Booking was successfully updated.", done.message());
    assertEquals(String.format(BOOKING, "new"), simulator.document("bookings", 42).orElseThrow().toJson());
    assertEquals(grants, simulator.passwordGrants());
    NexudusValidationException rejected = assertThrows(NexudusValidationException.class,
        () -> bookings.update(42, booking -> booking.with("ResourceId", Json.createValue("seven"))));
    assertEquals(NexudusValidationException.Origin.LOCAL, rejected.origin());
    assertEquals("Booking rejected before sending: ResourceId: is not a valid integer", rejected.getMessage());
    assertEquals(List.of(42L), bookings.list(ListQuery.all()).map(EntityRecord::id).toList());
  }
}
