package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.validation.ValidationError;
import dev.preflight.jakarta.client.EntityRecords;
import dev.preflight.jakarta.client.ListQuery;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusNotFoundException;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import dev.preflight.jakarta.client.NexudusValidationException;
import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.EntityRecord;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entities other than EmailAccount, through the entities client over real HTTP (CXF) against the simulator. */
class EntitiesThroughTheSimulatorTest {
  private static final String BOOKING = "{\"Id\":%d,\"ResourceId\":7,\"ResourceName\":\"Room 1\","
      + "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\",\"Notes\":\"%s\","
      + "\"Visitors\":[{\"Id\":3,\"Name\":\"Ann\"}],\"Price\":12.50000000000000001}";

  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private final SimulatorClients clients = new SimulatorClients();

  @AfterEach
  void close() throws Exception {
    clients.close();
  }

  private NexudusEntities client(ClientSettings settings) {
    return clients.entities(nexudus.uri(), settings, BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
  }

  private EntityRecords bookings() {
    return client(ClientSettings.DEFAULTS).records("bookings");
  }

  @Test
  void aReadModifyWriteKeepsEveryMemberTheSimulatorHeld() {
    nexudus.simulator().putJson("bookings", String.format(BOOKING, 42, "old"));

    ValidationResponse done = bookings().update(42, booking -> booking.with("Notes", Json.createValue("new")));

    assertThat(EnvelopeJson.toJson(done)).startsWith("{\"Message\":\"Booking was successfully updated.\",\"Value\":{\"Id\":42}");
    assertThat(nexudus.simulator().document("bookings", 42).orElseThrow().toJson())
        .isEqualTo(String.format(BOOKING, 42, "new"));
  }

  @Test
  void theSimulatorRejectsWhatTheLocalValidatorRejectsWithTheSameEnvelope() {
    nexudus.simulator().putJson("bookings", String.format(BOOKING, 42, "old"));
    EntityDocument broken = bookings().get(42).with("ToTime", Json.createValue("not a time"));

    NexudusValidationException local = catchThrowableOfType(NexudusValidationException.class,
        () -> bookings().update(broken));
    NexudusValidationException server = catchThrowableOfType(NexudusValidationException.class,
        () -> client(ClientSettings.DEFAULTS.withValidateBeforeSend(false)).records("bookings").update(broken));

    assertThat(local.origin()).isEqualTo(NexudusValidationException.Origin.LOCAL);
    assertThat(server.origin()).isEqualTo(NexudusValidationException.Origin.SERVER);
    assertThat(server.status()).isEqualTo(400);
    assertThat(server.response()).isEqualTo(local.response());
    assertThat(server.response().errors()).extracting(error -> error.propertyName()).containsExactly("ToTime");
  }

  @Test
  void aCreateGetsAnIdAndAPutOfAnUnknownIdIsNotFound() {
    EntityRecords bookings = bookings();
    ValidationResponse created = bookings.create(Json.createObjectBuilder().add("ResourceId", 7)
        .add("FromTime", "2026-12-07T09:00:00Z").add("ToTime", "2026-12-07T10:00:00Z").add("Repeats", 1)
        .add("WhichBookingsToUpdate", 1).build());
    long id = created.value().id();

    assertThat(created.message()).isEqualTo("Booking was successfully created.");
    assertThat(bookings.get(id).value("ResourceId")).contains(Json.createValue(7));

    nexudus.simulator().putJson("bookings", String.format(BOOKING, 5, "gone"));
    EntityDocument stale = bookings.get(5);
    bookings.delete(5);
    NexudusNotFoundException none = catchThrowableOfType(NexudusNotFoundException.class, () -> bookings.update(stale));
    assertThat(none.recordName()).isEqualTo("Booking");
    assertThat(nexudus.simulator().document("bookings", 5)).isEmpty();
  }

  @Test
  void aThousandRecordsInPagesOfAHundredComeBackOnceEachAsProjections() {
    for (long id = 1; id <= 1_000; id++) {
      nexudus.simulator().putJson("bookings", String.format(BOOKING, id, id % 3 == 0 ? "fizz" : "plain"));
    }

    List<EntityRecord> all = bookings().list(ListQuery.all().pageSize(100)).toList();
    List<Long> fizz = bookings().list(ListQuery.all().where("Notes", "FIZZ").pageSize(1_000))
        .map(EntityRecord::id).toList();

    assertThat(all).extracting(EntityRecord::id).containsExactlyElementsOf(LongStream.rangeClosed(1, 1_000).boxed().toList());
    assertThat(all.get(0).unknownMembers()).containsExactly("ResourceName", "Price");
    assertThat(fizz).hasSize(333).allMatch(id -> id % 3 == 0);
    assertThat(nexudus.simulator().requests()).filteredOn(request -> request.path().startsWith("/api/spaces/bookings?"))
        .hasSize(11);
  }

  @Test
  void aWriteNexudusDoesNotOfferIsRefusedBeforeSendingAndTheSimulatorAnswers405() {
    NexudusEntities client = client(ClientSettings.DEFAULTS);

    assertThatThrownBy(() -> client.records("audittrailentries").create(Json.createObjectBuilder().add("BusinessId", 1).build()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Nexudus offers no create for audittrailentries (it offers list, get)");
    assertThatThrownBy(() -> client.records("coworkers").delete(4))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Nexudus offers no delete for coworkers (it offers list, get, create, update)");
    assertThat(nexudus.simulator().requests()).isEmpty();

    assertThat(nexudus.simulator().handle("DELETE", "/api/spaces/coworkers/4", "Bearer " + NexudusSimulator.EDITOR_TOKEN,
        new byte[0]).status()).isEqualTo(405);
    assertThat(nexudus.simulator().handle("POST", "/api/sys/audittrailentries", "Bearer " + NexudusSimulator.EDITOR_TOKEN,
        "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(405);
  }

  @Test
  void aReadThrottledForTheRestOfTheDayIsTypedAtOnceNotWaitedFor() {
    nexudus.simulator().putJson("bookings", "{\"Id\":5,\"ResourceId\":7}");
    nexudus.simulator().failNext(Fault.rateLimited(429, 86_400), 2);

    NexudusRateLimitedException onGet = catchThrowableOfType(NexudusRateLimitedException.class, () -> bookings().get(5));
    NexudusRateLimitedException onList = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> bookings().list(ListQuery.all()).toList());

    assertThat(onGet.retryAfter()).contains(java.time.Duration.ofDays(1));
    assertThat(onList.retryAfter()).contains(java.time.Duration.ofDays(1));
    assertThat(nexudus.simulator().requests()).hasSize(2);
    assertThat(bookings().get(5).id()).isEqualTo(5L);
  }

  @Test
  void aRelationFilterUnderItsDocumentedNameSelectsTheRecordsOfThatRelation() {
    for (long id = 1; id <= 6; id++) {
      nexudus.simulator().putJson("bookings", "{\"Id\":" + id + ",\"ResourceId\":" + (id % 2 == 0 ? 7 : 8) + "}");
    }

    List<Long> byField = bookings().list(ListQuery.all().where("ResourceId", 7)).map(EntityRecord::id).toList();
    List<Long> byRelation = bookings().list(ListQuery.all().where("Resource", 8)).map(EntityRecord::id).toList();

    assertThat(byField).containsExactly(2L, 4L, 6L);
    assertThat(byRelation).containsExactly(1L, 3L, 5L);
    assertThat(nexudus.simulator().requests()).filteredOn(request -> request.path().startsWith("/api/spaces/bookings?"))
        .extracting(RecordedRequest::path).containsExactly("/api/spaces/bookings?page=1&size=25&Booking_Resource=7",
            "/api/spaces/bookings?page=1&size=25&Booking_Resource=8");
  }

  @Test
  void anEntityWhosePathTheCatalogueDoesNotKnowIsServedWhereTheClientIsToldItIs() {
    nexudus.simulator().putJson("coworkernotes", "{\"Id\":9,\"CoworkerId\":4,\"Notes\":\"called back\"}");
    EntityRecords notes = client(ClientSettings.DEFAULTS).records("coworkernotes", "spaces/coworkernotes");

    notes.update(9, note -> note.with("Notes", Json.createValue("called back twice")));

    assertThat(nexudus.simulator().document("coworkernotes", 9).orElseThrow().toJson())
        .isEqualTo("{\"Id\":9,\"CoworkerId\":4,\"Notes\":\"called back twice\"}");
    assertThat(nexudus.simulator().handle("GET", "/api/billing/bookings/42", "Bearer " + NexudusSimulator.EDITOR_TOKEN,
        new byte[0]).status()).isEqualTo(404);
    assertThatThrownBy(() -> client(ClientSettings.DEFAULTS).records("bookings", "billing/bookings"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the API path of bookings is spaces/bookings, not billing/bookings");
  }

  @Test
  void concurrentChangesToOneRecordThroughOneClientAreNeverLost() throws Exception {
    nexudus.simulator().putJson("bookings", String.format(BOOKING, 42, ""));
    EntityRecords bookings = bookings();
    int threads = 8;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < each; i++) {
          String mark = "[" + thread + "." + i + "]";
          bookings.update(42, booking -> booking.with("Notes", Json.createValue(
              ((JsonString) booking.value("Notes").orElseThrow()).getString() + mark)));
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    String notes = ((JsonString) nexudus.simulator().document("bookings", 42).orElseThrow().value("Notes").orElseThrow())
        .getString();
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < each; i++) {
        assertThat(notes).contains("[" + t + "." + i + "]");
      }
    }
    assertThat(notes.length() - notes.replace("[", "").length()).isEqualTo(threads * each);
  }

  @Test
  void aBatchReadGivesTheRecordsHeldAsProjectionsThatCannotBeWrittenBack() {
    for (long id = 1; id <= 3; id++) {
      nexudus.simulator().putJson("bookings", String.format(BOOKING, id, "note " + id));
    }
    nexudus.simulator().putJson("bookings", "{\"Id\":4,\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\",\"BookingVisitors\":[{\"VisitorFullName\":\"Ada\"}]}");

    List<EntityRecord> read = bookings().batch(1, 4, 99);

    assertThat(read).extracting(EntityRecord::id).containsExactly(1L, 4L);
    assertThat(read.get(1).value(read.get(1).entity().field("BookingVisitors"))).isNull();
    assertThat(nexudus.simulator().requests().get(nexudus.simulator().requests().size() - 1).path())
        .isEqualTo("/api/spaces/bookings/?id=%5B1,4,99%5D");
    for (java.lang.reflect.Method method : EntityRecords.class.getMethods()) {
      assertThat(method.getParameterTypes()).as(method.toString()).doesNotContain(EntityRecord.class);
    }
  }

  @Test
  void aCommandTheServerOffersRunsOnceAndAnUnknownOneIsRefused() {
    nexudus.simulator().offerCommand("coworkerinvoices", "VoidInvoice");
    EntityRecords invoices = client(ClientSettings.DEFAULTS).records("coworkerinvoices");

    assertThat(invoices.commands(5)).extracting(command -> command.getString("Key")).containsExactly("VoidInvoice");
    assertThat(invoices.runCommand("VoidInvoice", List.of(5L, 6L), Json.createArrayBuilder().build()).wasSuccessful())
        .isTrue();
    assertThat(nexudus.simulator().commandsRun("coworkerinvoices"))
        .containsExactly("{\"Key\":\"VoidInvoice\",\"Ids\":[5,6],\"Parameters\":[]}");
    NexudusValidationException refused = catchThrowableOfType(NexudusValidationException.class,
        () -> invoices.runCommand("Explode", List.of(5L), Json.createArrayBuilder().build()));
    assertThat(refused.origin()).isEqualTo(NexudusValidationException.Origin.SERVER);
    assertThat(refused.response().errors()).extracting(ValidationError::propertyName).containsExactly("Key");
  }

  @Test
  void aWriteTheApiHasNoOperationForIsNotAllowed() {
    SimulatedAnswer answer = nexudus.simulator().handle("POST", "/api/sys/countries",
        "Bearer " + NexudusSimulator.EDITOR_TOKEN, "{\"Name\":\"Atlantis\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(405);
    assertThat(nexudus.simulator().documents("countries")).isEmpty();
  }

  @Test
  void aPutKeepsTheMembersTheServerMaintainsAndRefreshesUpdatedOn() {
    nexudus.simulator().putJson("bookings", "{\"Id\":8,\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\",\"Notes\":\"old\",\"CreatedOn\":\"2026-01-01T00:00:00Z\","
        + "\"UniqueId\":\"5f0c\",\"IsNew\":false,\"UpdatedOn\":\"2026-01-01T00:00:00Z\"}");
    String sent = "{\"Id\":8,\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\"}";

    SimulatedAnswer answer = nexudus.simulator().handle("PUT", "/api/spaces/bookings",
        "Bearer " + NexudusSimulator.EDITOR_TOKEN, sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(200);
    EntityDocument stored = nexudus.simulator().document("bookings", 8).orElseThrow();
    assertThat(stored.value("Notes")).isEmpty();
    assertThat(stored.value("CreatedOn").orElseThrow()).isEqualTo(Json.createValue("2026-01-01T00:00:00Z"));
    assertThat(stored.value("UniqueId").orElseThrow()).isEqualTo(Json.createValue("5f0c"));
    assertThat(stored.value("IsNew").orElseThrow()).isEqualTo(jakarta.json.JsonValue.FALSE);
    assertThat(stored.value("UpdatedOn").orElseThrow()).isNotEqualTo(Json.createValue("2026-01-01T00:00:00Z"));
  }

  @Test
  void theBuiltInFaultsOfLiveNexudusAreTyped() {
    nexudus.simulator().putJson("bookings", String.format(BOOKING, 42, "kept"));
    nexudus.simulator().failNext(Fault.refused("This booking cannot be deleted."));

    NexudusValidationException refused = catchThrowableOfType(NexudusValidationException.class, () -> bookings().delete(42));
    assertThat(refused.origin()).isEqualTo(NexudusValidationException.Origin.SERVER);
    assertThat(refused.response().message()).isEqualTo("This booking cannot be deleted.");
    assertThat(nexudus.simulator().document("bookings", 42)).isPresent();

    nexudus.simulator().failNext(Fault.serverErrorJson());
    assertThatThrownBy(() -> bookings().get(42)).isInstanceOf(dev.preflight.jakarta.client.NexudusServerException.class)
        .hasMessage("Nexudus answered HTTP 500 with \"{\"Message\":\"An error has occurred.\"}\"");
  }
}
