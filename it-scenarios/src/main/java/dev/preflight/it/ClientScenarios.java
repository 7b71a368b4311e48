package dev.preflight.it;

import dev.preflight.Validators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EmailAccountValidationException;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.catalogue.Operation;
import dev.preflight.entities.Booking;
import dev.preflight.entities.BookingProduct;
import dev.preflight.entities.Coworker;
import dev.preflight.jakarta.client.EntityRecords;
import dev.preflight.jakarta.client.ModelRecords;
import dev.preflight.jakarta.client.ListQuery;
import dev.preflight.jakarta.client.NexudusAuthenticationException;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusNotFoundException;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import dev.preflight.jakarta.client.NexudusServerException;
import dev.preflight.jakarta.client.NexudusUnreachableException;
import dev.preflight.jakarta.client.NexudusValidationException;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.RecordedRequest;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The injected clients' scenarios against the simulator the test application serves: each method
 * is one test's body, shared by the Arquillian tests (Liberty, WildFly, Payara) and the Quarkus
 * tests, so every runtime is held to the same answers. {@link #reset()} goes first.
 */
public final class ClientScenarios {
  /** A record as Nexudus holds it, with members the model does not know. */
  static final String STORED = """
      {"Id":4242,"SystemId":"CRM-0042","BusinessId":123,"DisplayName":"Front desk",\
      "EmailAddress":"frontdesk@example.com","IncomingServer":"imap.example.com","IncomingServerType":1,\
      "IncomingServerPort":993,"IncomingServerUsername":"frontdesk","IncomingServerPassword":"imap-secret-pass",\
      "DeleteMessageSettings":1,"OutgoingServer":"smtp.example.com","OutgoingServerPort":465,\
      "OutgoingServerUsername":"frontdesk","OutgoingServerPassword":"smtp-secret-pass","LastMessageId":0,\
      "ErrorCount":0, "IncomingServerSSL" : true,"OutgoingServerSSL":true,\
      "CustomFields":{"Data":[{"Name":"Floor","Value":3.50}]},"UniqueId":"6f1c2e80",\
      "Future":{"Nested":{"List":[1,"two",null,{"x":1e3}]}}}""";
  /** A Booking as Nexudus holds it: a member the references do not list, a collection, a precise number. */
  private static final String BOOKING = "{\"Id\":42,\"ResourceId\":7,\"ResourceName\":\"Room 1\","
      + "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\",\"Notes\":\"%s\","
      + "\"Visitors\":[{\"Id\":3,\"Name\":\"Ann\"}],\"Price\":12.50000000000000001}";

  private final EmailAccountService service;
  private final NexudusSimulator simulator;
  private final Validators validators;
  private final EntitiesApi api;
  private final NexudusEntities nexudus;

  public ClientScenarios(EmailAccountService service, NexudusSimulator simulator, Validators validators,
      EntitiesApi api, NexudusEntities nexudus) {
    this.service = service;
    this.simulator = simulator;
    this.validators = validators;
    this.api = api;
    this.nexudus = nexudus;
  }

  /** Forgets everything; a PUT replaces a record Nexudus holds, so the fixtures' one is there to begin with. */
  public void reset() {
    simulator.reset();
    simulator.put(Fixtures.validAccount());
  }

  /** A client of the injected REST client with this token and the injected registry; close it when done. */
  NexudusEntities clientWithToken(String token, ClientSettings settings) {
    return NexudusEntities.of(api, validators, settings, BearerTokenSupplier.fixed(token));
  }

  public void validUpdateRoundTripsAndAnswersTheSeeds200Shape() {
    EmailAccount account = Fixtures.fullAccount();

    ValidationResponse response = service.save(account);

    assertEquals(ValidationResponse.success("EmailAccount was successfully updated.", new RecordId(87654321L)), response);
    assertEquals(account, simulator.get(87654321L).orElseThrow());
    assertEquals(account, service.load(87654321L));
    assertEquals(2, simulator.requestCount());
  }

  public void invalidUpdateIsRejectedLocallyWithTheExactEnvelope() {
    EmailAccount invalid = Fixtures.validAccount().toBuilder().displayName(null).build();

    EmailAccountValidationException e = assertThrows(EmailAccountValidationException.class, () -> service.save(invalid));

    assertEquals(EmailAccountValidationException.Origin.LOCAL, e.origin());
    assertEquals(EmailAccountValidator.standard().validate(invalid), e.response());
    assertEquals(0, simulator.requestCount());
  }

  public void missingWrongAndRoleLessTokensAreAuthenticationErrors() {
    for (String token : new String[] {null, "wrong-token", NexudusSimulator.READER_TOKEN}) {
      try (NexudusEntities signedIn = clientWithToken(token, ClientSettings.DEFAULTS)) {
        NexudusEmailAccounts client = signedIn.emailAccounts();
        NexudusAuthenticationException e = assertThrows(NexudusAuthenticationException.class,
            () -> client.update(Fixtures.validAccount()));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("EmailAccount-Edit"), e.getMessage());
        assertFalse(e.getMessage().contains(NexudusSimulator.READER_TOKEN));
      }
    }
  }

  public void unknownRecordIsNotFound() {
    NexudusNotFoundException e = assertThrows(NexudusNotFoundException.class, () -> service.load(42));
    assertEquals(404, e.status());
    assertEquals("Nexudus found no such EmailAccount (HTTP 404)", e.getMessage());
  }

  public void conflictAndTooManyRequestsCarryRetryAfter() {
    for (int status : new int[] {409, 429}) {
      simulator.failNext(Fault.rateLimited(status, 17));

      NexudusRateLimitedException e =
          assertThrows(NexudusRateLimitedException.class, () -> service.save(Fixtures.validAccount()));

      assertEquals(status, e.status());
      assertEquals(Duration.ofSeconds(17), e.retryAfter().orElseThrow());
    }
  }

  public void htmlServerErrorIsAServerException() {
    simulator.failNext(Fault.serverErrorPage());

    NexudusServerException e = assertThrows(NexudusServerException.class, () -> service.save(Fixtures.validAccount()));

    assertEquals(500, e.status());
    assertTrue(e.bodyExcerpt().startsWith("<!DOCTYPE html><html><head><title>Runtime Error</title>"), e.bodyExcerpt());
  }

  public void readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte() {
    simulator.putJson(STORED);

    service.rename(4242, "Reception");

    assertEquals(STORED.replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":\"Reception\""),
        simulator.document(4242).orElseThrow().toJson());
  }

  public void aStalledBodyEndsTypedAtTheDeadline() {
    simulator.failNext(Fault.stalledBody());
    long start = System.nanoTime();
    NexudusUnreachableException e;
    try (NexudusEntities impatient = clientWithToken(NexudusSimulator.EDITOR_TOKEN,
        ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(1)))) {
      e = assertThrows(NexudusUnreachableException.class, () -> impatient.emailAccounts().update(Fixtures.validAccount()));
    } finally {
      simulator.releaseStalls();
    }

    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 4, "ended before the stall");
    assertEquals("Nexudus did not answer within 1000 ms: the outcome of the request is unknown", e.getMessage());
    assertTrue(e.outcomeUnknown());
  }

  /** 250 records more than the fixtures' one, in pages of 100: every record once, three requests. */
  public void aListComesBackWholeAcrossPages() {
    for (long id = 1; id <= 250; id++) {
      simulator.put(Fixtures.validAccount().toBuilder().id(id).build());
    }
    // With a signed-in client, a token from an earlier test was forgotten by the reset: settle the
    // renewal before counting.
    service.load(87654321L);

    List<EmailAccount> records = service.find(ListQuery.all().where("DisplayName", Fixtures.validAccount().displayName())
        .orderBy("Id").pageSize(100));

    assertEquals(LongStream.concat(LongStream.rangeClosed(1, 250), LongStream.of(87654321L)).boxed().toList(),
        records.stream().map(EmailAccount::id).toList());
    assertEquals(3, simulator.requests().stream().map(RecordedRequest::path)
        .filter(path -> path.startsWith(NexudusSimulator.PATH + "?")).count());
  }

  /** Bookings through the injected entities client: a lossless update, a local rejection, a list. */
  public void aSecondEntityGoesThroughTheEntitiesClientLosingNoMember() {
    simulator.putJson("bookings", String.format(BOOKING, "old"));
    EntityRecords bookings = nexudus.records("bookings");

    ValidationResponse done = bookings.update(42, booking -> booking.with("Notes", Json.createValue("new")));

    assertEquals("Booking was successfully updated.", done.message());
    assertEquals(String.format(BOOKING, "new"), simulator.document("bookings", 42).orElseThrow().toJson());
    NexudusValidationException rejected = assertThrows(NexudusValidationException.class,
        () -> bookings.update(42, booking -> booking.with("ResourceId", Json.createValue("seven"))));
    assertEquals(NexudusValidationException.Origin.LOCAL, rejected.origin());
    assertEquals("Booking rejected before sending: ResourceId: is not a valid integer", rejected.getMessage());
    assertEquals(List.of(42L), bookings.list(ListQuery.all()).map(EntityRecord::id).toList());
  }

  /**
   * A list filtered by a relation goes under the name the list pages give it ({@code
   * Booking_Resource}) and selects the records of that relation; a filter the catalogue cannot
   * name is refused with nothing sent.
   */
  public void aListFilteredByARelationSelectsItsRecordsAndAMisspeltFilterIsNotSent() {
    simulator.putJson("bookings", String.format(BOOKING, "relation"));
    EntityRecords bookings = nexudus.records("bookings");
    long requests = simulator.requests().size();

    assertEquals(List.of(42L), bookings.list(ListQuery.all().where("ResourceId", 7)).map(EntityRecord::id).toList());
    assertEquals(List.of(), bookings.list(ListQuery.all().where("Resource", 8)).map(EntityRecord::id).toList());
    assertTrue(simulator.requests().stream().map(RecordedRequest::path)
        .anyMatch(path -> path.endsWith("&Booking_Resource=7")));
    assertThrows(IllegalArgumentException.class, () -> bookings.list(ListQuery.all().where("ResourceID_", 7)));
    assertThrows(IllegalArgumentException.class, () -> bookings.list(ListQuery.all().where("Resorce", 7)));
    assertEquals(requests + 2, simulator.requests().size());
  }

  /**
   * Beyond create, update and list: a batch read gives projections, a command the server offers
   * runs once, a delete removes the record.
   */
  public void batchReadsCommandsAndDeletesGoThroughTheEntitiesClient() {
    simulator.putJson("bookings", String.format(BOOKING, "batch"));
    EntityRecords bookings = nexudus.records("bookings");

    assertEquals(List.of(42L), bookings.batch(42, 43).stream().map(EntityRecord::id).toList());
    simulator.offerCommand("bookings", "CancelBooking");
    assertEquals("CancelBooking", bookings.commands(42).get(0).getString("Key"));
    assertTrue(bookings.runCommand("CancelBooking", List.of(42L), Json.createArrayBuilder().build()).wasSuccessful());
    assertEquals(1, simulator.commandsRun("bookings").size());
    assertEquals("Booking was successfully deleted.", bookings.delete(42).message());
    assertTrue(simulator.document("bookings", 42).isEmpty());
  }
  /**
   * A Booking and a Coworker through the typed views: created from a model built in Java, read back
   * as the same model, changed by a with-copy (every other member kept), listed with typed filters,
   * and a bad change refused before sending with the record's own envelope.
   */
  public void aBookingAndACoworkerGoThroughTheTypedViews() {
    ModelRecords<Booking> bookings = nexudus.of(Booking.class);
    Booking booking = Booking.builder().resourceId(7L).coworkerId(42L).fromTime("2026-12-07T09:00:00Z")
        .toTime("2026-12-07T10:00:00Z").notes("typed").repeats(Booking.Repeats.WEEKLY)
        .overridePrice(new BigDecimal("12.50"))
        .bookingProducts(List.of(BookingProduct.builder().productId(1L).quantity(2).build())).build();

    ValidationResponse created = bookings.create(booking);

    assertEquals("Booking was successfully created.", created.message());
    long bookingId = created.value().id();
    assertEquals(booking.withId(bookingId), bookings.get(bookingId).model());
    assertEquals("Booking was successfully updated.", bookings.update(bookingId, b -> b.withNotes("changed")).message());
    Booking changed = booking.withId(bookingId).withNotes("changed");
    assertEquals(changed, bookings.get(bookingId).model());
    assertEquals(List.of(bookingId), bookings.list(ListQuery.all().where(Booking.RESOURCE_ID, 7L)
        .orderBy(Booking.FROM_TIME)).map(Booking::id).toList());
    assertEquals(List.of(), bookings.list(ListQuery.all().where(Booking.RESOURCE_ID, 8L)).map(Booking::id).toList());
    NexudusValidationException rejected = assertThrows(NexudusValidationException.class,
        () -> bookings.update(bookingId, b -> b.withFromTime("yesterday")));
    assertEquals(NexudusValidationException.Origin.LOCAL, rejected.origin());
    assertEquals(validators.validator("bookings", Operation.UPDATE).validate(changed.withFromTime("yesterday").toRecord()),
        rejected.response());
    // A record Nexudus holds with members no model field names, a precise number: back byte for byte.
    simulator.putJson("bookings", String.format(BOOKING, "old"));
    String before = simulator.document("bookings", 42).orElseThrow().toJson();
    bookings.update(42, b -> b.withNotes("new"));
    assertEquals(before.replace("\"Notes\":\"old\"", "\"Notes\":\"new\""),
        simulator.document("bookings", 42).orElseThrow().toJson());

    ModelRecords<Coworker> coworkers = nexudus.of(Coworker.class);
    Coworker ada = Coworker.builder().fullName("Ada Lovelace").email("ada@example.com").countryId(44L)
        .simpleTimeZoneId(12L).build();

    long coworkerId = coworkers.create(ada).value().id();

    assertEquals(ada.withId(coworkerId), coworkers.get(coworkerId).model());
    coworkers.update(coworkerId, coworker -> coworker.withFullName("Ada King"));
    assertEquals(ada.withId(coworkerId).withFullName("Ada King"), coworkers.get(coworkerId).model());
    assertEquals(List.of("Ada King"), coworkers.list(ListQuery.all().where(Coworker.EMAIL, "ada@example.com"))
        .map(Coworker::fullName).toList());
  }
}
