package dev.preflight.jakarta.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.Validators;
import dev.preflight.catalogue.Operation;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client of every entity over real HTTP (CXF's MicroProfile Rest Client) against WireMock on loopback. */
class NexudusEntitiesTest {
  private static final String TOKEN = "tok-8e21b7d0-entity-secret";
  private static final String BOOKINGS = "/api/spaces/bookings";
  /** A Booking as a GET returns it: members beyond the references', a collection, odd spacing and a precise number. */
  private static final String BOOKING = "{ \"Id\": 42, \"ResourceId\": 7, \"ResourceName\": \"Room 1\","
      + " \"FromTime\": \"2026-12-07T09:00:00Z\", \"ToTime\": \"2026-12-07T10:00:00Z\", \"Notes\": \"old\","
      + " \"Tentative\": false, \"Visitors\": [{\"Id\": 3, \"Name\": \"Ann\"}], \"Price\": 12.50000000000000001,"
      + " \"UpdatedOn\": \"2026-12-01T08:00:00Z\" }";

  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
  private EntitiesApi api;
  private NexudusEntities entities;

  @BeforeEach
  void start() {
    server.start();
    api = RestClientBuilder.newBuilder().baseUri(URI.create(server.baseUrl())).build(EntitiesApi.class);
    entities = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS, BearerTokenSupplier.fixed(TOKEN));
  }

  @AfterEach
  void stop() throws Exception {
    entities.close();
    ((AutoCloseable) api).close();
    server.stop();
  }

  private void answer(String method, String path, int status, String body) {
    var mapping = switch (method) {
      case "GET" -> get(urlEqualTo(path));
      case "PUT" -> put(urlEqualTo(path));
      case "POST" -> post(urlEqualTo(path));
      default -> delete(urlEqualTo(path));
    };
    server.stubFor(mapping.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  private static String success(String verb, long id) {
    return "{\"Status\":200,\"Message\":\"Booking was successfully " + verb + ".\",\"Value\":{\"Id\":" + id + "},"
        + "\"Errors\":null,\"WasSuccessful\":true}";
  }

  @Test
  void anUpdateSendsBackEveryMemberTheServerReturnedWithOnlyTheChangeWrittenIn() {
    answer("GET", BOOKINGS + "/42", 200, BOOKING);
    answer("PUT", BOOKINGS, 200, success("updated", 42));

    ValidationResponse done = entities.records("bookings")
        .update(42L, booking -> booking.with("notes", Json.createValue("Projector, please")));

    assertThat(done.wasSuccessful()).isTrue();
    assertThat(done.value().id()).isEqualTo(42L);
    server.verify(putRequestedFor(urlEqualTo(BOOKINGS)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalTo(BOOKING.replace("\"old\"", "\"Projector, please\""))));
  }

  @Test
  void aMemberTheRecordLacksIsAddedAtTheEndAndNullClearsOne() {
    EntityDocument document = EntityDocument.read(dev.preflight.jakarta.json.JsonValidators.standard().validator(
        "bookings", Operation.UPDATE), "{\"Id\":42,\"Notes\":\"old\"}".getBytes()).orElseThrow();

    EntityDocument changed = document.with("Notes", JsonValue.NULL).with("PurchaseOrder", Json.createValue("PO-1"));

    assertThat(changed.toJson()).isEqualTo("{\"Id\":42,\"Notes\":null,\"PurchaseOrder\":\"PO-1\"}");
    assertThat(document.toJson()).isEqualTo("{\"Id\":42,\"Notes\":\"old\"}");
    assertThat(changed.id()).isEqualTo(42L);
    assertThat(changed.value("purchaseorder")).contains(Json.createValue("PO-1"));
    assertThat(changed.toString()).isEqualTo("EntityDocument[Booking 42, members=[Id, Notes, PurchaseOrder]]");
    assertThatThrownBy(() -> document.with("ID", Json.createValue(43)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the Id names the record and is not changed");
  }

  @Test
  void aChangeTheServerWouldRejectIsRejectedBeforeSendingInTheServersWords() {
    answer("GET", BOOKINGS + "/42", 200, BOOKING);

    NexudusValidationException e = catchThrowableOfType(NexudusValidationException.class, () ->
        entities.records("bookings").update(42L, booking -> booking.with("ResourceId", Json.createValue("seven"))));

    assertThat(e).isNotInstanceOf(EmailAccountValidationException.class);
    assertThat(e.origin()).isEqualTo(NexudusValidationException.Origin.LOCAL);
    assertThat(e.recordName()).isEqualTo("Booking");
    assertThat(e.status()).isZero();
    assertThat(EnvelopeJson.toJson(e.response())).isEqualTo("{\"Message\":\"ResourceId: is not a valid integer\","
        + "\"Value\":null,\"Errors\":[{\"AttemptedValue\":\"seven\",\"Message\":\"is not a valid integer\","
        + "\"PropertyName\":\"ResourceId\"}],\"WasSuccessful\":false}");
    assertThat(e.getMessage()).isEqualTo("Booking rejected before sending: ResourceId: is not a valid integer");
    server.verify(0, putRequestedFor(urlEqualTo(BOOKINGS)));
  }

  @Test
  void theServersRejectionIsTypedWithItsEnvelopeAndTheRecordName() {
    String envelope = "{\"Message\":\"Notes: is too long\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":\"x\","
        + "\"Message\":\"is too long\",\"PropertyName\":\"Notes\"}],\"WasSuccessful\":false}";
    answer("PUT", BOOKINGS, 400, envelope);
    EntityRecords bookings = entities.records("bookings");
    EntityDocument document = EntityDocument.of(
        dev.preflight.jakarta.json.JsonValidators.standard().validator(bookings.entity().name(), Operation.UPDATE),
        Json.createObjectBuilder().add("Id", 42).add("ResourceId", 7).add("FromTime", "2026-12-07T09:00:00Z")
            .add("ToTime", "2026-12-07T10:00:00Z").add("Notes", "x").build());

    NexudusValidationException e = catchThrowableOfType(NexudusValidationException.class, () -> bookings.update(document));

    assertThat(e.getMessage()).isEqualTo("Booking rejected by Nexudus (HTTP 400): Notes: is too long");
    assertThat(e.origin()).isEqualTo(NexudusValidationException.Origin.SERVER);
    assertThat(e.status()).isEqualTo(400);
    assertThat(EnvelopeJson.toJson(e.response())).isEqualTo(envelope);
    assertThat(e.getMessage()).isEqualTo("Booking rejected by Nexudus (HTTP 400): Notes: is too long");
  }

  @Test
  void anEmailAccountRejectionIsAnEmailAccountValidationExceptionWhicheverClientSentIt() {
    NexudusValidationException e = catchThrowableOfType(NexudusValidationException.class, () ->
        entities.records("emailaccounts").create(Json.createObjectBuilder().add("Name", "x").build()));

    assertThat(e).isInstanceOf(EmailAccountValidationException.class);
    assertThat(e.recordName()).isEqualTo("EmailAccount");
    assertThat(e.origin()).isEqualTo(NexudusValidationException.Origin.LOCAL);
  }

  @Test
  void aMissingRecordIsNotFoundNamedAfterTheEntity() {
    answer("GET", BOOKINGS + "/9", 404, "\"Not found\"");

    NexudusNotFoundException e = catchThrowableOfType(NexudusNotFoundException.class,
        () -> entities.records("bookings").get(9));

    assertThat(e.recordName()).isEqualTo("Booking");
    assertThat(e.getMessage()).isEqualTo("Nexudus found no such Booking (HTTP 404)");
  }

  @Test
  void aCreateIsValidatedForCreateAndPostedAsWritten() {
    EntityRecords bookings = entities.records("bookings");
    NexudusValidationException missing = catchThrowableOfType(NexudusValidationException.class,
        () -> bookings.create(Json.createObjectBuilder().add("ResourceId", 7).build()));
    assertThat(missing.response().errors()).extracting(error -> error.propertyName() + " " + error.message())
        .contains("FromTime is a required field", "ToTime is a required field");
    server.verify(0, postRequestedFor(urlEqualTo(BOOKINGS)));

    answer("POST", BOOKINGS, 200, success("created", 77));
    String created = "{\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\","
        + "\"Repeats\":1,\"WhichBookingsToUpdate\":1}";
    ValidationResponse done = bookings.create(Json.createReader(new java.io.StringReader(created)).readObject());

    assertThat(done.value().id()).isEqualTo(77L);
    server.verify(postRequestedFor(urlEqualTo(BOOKINGS)).withRequestBody(equalTo(created)));
  }

  @Test
  void aDeleteIsOneRequestAndItsEnvelopeMustNameTheRecord() {
    answer("DELETE", BOOKINGS + "/42", 200, success("deleted", 42));
    assertThat(entities.records("bookings").delete(42).wasSuccessful()).isTrue();
    server.verify(deleteRequestedFor(urlEqualTo(BOOKINGS + "/42")));

    answer("DELETE", BOOKINGS + "/43", 200, success("deleted", 42));
    NexudusServerException other = catchThrowableOfType(NexudusServerException.class,
        () -> entities.records("bookings").delete(43));
    assertThat(other.status()).isEqualTo(200);
  }

  @Test
  void aListIsFetchedPageByPageWithTheEntitysFilterNames() {
    server.stubFor(get(urlPathEqualTo(BOOKINGS)).withQueryParam("page", equalTo("1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
            "{\"Records\":[{\"Id\":1,\"Notes\":\"a\",\"ResourceName\":\"Room 1\"},{\"Id\":2,\"Notes\":\"b\"}],"
                + "\"CurrentPage\":1,\"TotalPages\":2,\"HasNextPage\":true}")));
    server.stubFor(get(urlPathEqualTo(BOOKINGS)).withQueryParam("page", equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
            "{\"Records\":[{\"Id\":3,\"Notes\":\"c\"}],\"CurrentPage\":2,\"TotalPages\":2,\"HasNextPage\":false}")));

    List<EntityRecord> records = entities.records("bookings")
        .list(ListQuery.all().where("ResourceId", 7).orderBy("FromTime").pageSize(2)).toList();

    assertThat(records).extracting(EntityRecord::id).containsExactly(1L, 2L, 3L);
    assertThat(server.getAllServeEvents()).extracting(event -> event.getRequest().getUrl()).containsExactlyInAnyOrder(
        BOOKINGS + "?page=1&size=2&orderBy=FromTime&dir=1&Booking_Resource=7",
        BOOKINGS + "?page=2&size=2&orderBy=FromTime&dir=1&Booking_Resource=7");
  }

  @Test
  void anEntityWhosePathTheCatalogueDoesNotKnowNeedsOne() {
    String unknownPath = Validators.standard().catalogue().entities().stream()
        .filter(entity -> entity.apiPath() == null).findFirst().orElseThrow().name();

    assertThatThrownBy(() -> entities.records(unknownPath)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the catalogue knows no API path for " + unknownPath + ": give it, as in records(\"" + unknownPath
            + "\", \"<module>/" + unknownPath + "\")");
    assertThat(entities.records("bookings")).isSameAs(entities.records("BOOKINGS"));
    assertThat(entities.records(unknownPath, "billing/" + unknownPath).toString())
        .isEqualTo("EntityRecords[" + unknownPath + " at /api/billing/" + unknownPath + "]");
    assertThatThrownBy(() -> entities.records(unknownPath, "/api/billing/x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an API path is module/collection in lower-case letters and digits, as in spaces/bookings; "
            + "not '/api/billing/x'");
    assertThatThrownBy(() -> entities.records("nosuchthings")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no entity named 'nosuchthings' in the catalogue of 211 entities");
  }

  @Test
  void theSecretsOfAnotherEntityNeverComeBackInAnExcerptOrAnEnvelope() {
    NexudusEntities unchecked = NexudusEntities.of(api, Validators.standard(),
        ClientSettings.DEFAULTS.withValidateBeforeSend(false), BearerTokenSupplier.fixed(TOKEN));
    EntityRecords coworkers = unchecked.records("coworkers");
    EntityDocument coworker = EntityDocument.of(dev.preflight.jakarta.json.JsonValidators.standard().validator(coworkers.entity().name(), Operation.UPDATE), Json.createObjectBuilder().add("Id", 5).add("AccessPincode", "4711-pin")
        .add("DoordeckPrivateKey", "pk-secret-99").build());
    try {
      answer("PUT", "/api/spaces/coworkers", 500, "<html>failed for pk-secret-99 and 4711-pin with " + TOKEN + "</html>");
      NexudusServerException page = catchThrowableOfType(NexudusServerException.class, () -> coworkers.update(coworker));
      assertThat(page.bodyExcerpt()).isEqualTo("<html>failed for *** and *** with ***</html>");

      answer("PUT", "/api/spaces/coworkers", 400, "{\"Message\":\"DoordeckPrivateKey: is wrong\",\"Value\":null,"
          + "\"Errors\":[{\"AttemptedValue\":\"pk-secret-99\",\"Message\":\"is wrong\","
          + "\"PropertyName\":\"DoordeckPrivateKey\"}],\"WasSuccessful\":false}");
      NexudusValidationException refused = catchThrowableOfType(NexudusValidationException.class,
          () -> coworkers.update(coworker));
      assertThat(EnvelopeJson.toJson(refused.response())).doesNotContain("pk-secret-99");
      assertThat(refused.recordName()).isEqualTo("Coworker");
    } finally {
      unchecked.close();
    }
  }

  @Test
  void theEmailAccountsViewIsTheClientsRecordsAndClosesWithIt() {
    NexudusEntities client = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS,
        BearerTokenSupplier.fixed(TOKEN));
    NexudusEmailAccounts accounts = client.emailAccounts();
    answer("GET", BOOKINGS + "/42", 200, BOOKING);

    assertThat(accounts.records()).isSameAs(client.records("EmailAccounts"));
    assertThat(client.records("bookings").get(42).id()).isEqualTo(42L);
    client.close();
    assertThatThrownBy(() -> accounts.get(1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("this Nexudus client is closed");
    assertThatThrownBy(() -> client.records("bookings").get(42)).isInstanceOf(IllegalStateException.class)
        .hasMessage("this Nexudus client is closed");
  }
}
