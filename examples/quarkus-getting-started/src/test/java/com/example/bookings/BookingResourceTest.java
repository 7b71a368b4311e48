package com.example.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The application against Preflight's Dev Service (the Nexudus simulator), with no configuration at all. */
@QuarkusTest
class BookingResourceTest {
  @TestHTTPResource("/")
  URI root;

  private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", type)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBookingIsCreatedAndItsNotesChangedWithoutLosingAMember() throws Exception {
    HttpResponse<String> created = send("POST", "bookings", "application/json", "{\"ResourceId\":7,"
        + "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\",\"Repeats\":1,"
        + "\"WhichBookingsToUpdate\":1,\"PurchaseOrder\":\"PO-17\"}");
    assertEquals(200, created.statusCode(), created.body());
    long id = Json.createReader(new StringReader(created.body())).readObject().getJsonObject("Value").getJsonNumber("Id")
        .longValue();

    HttpResponse<String> changed = send("PUT", "bookings/" + id + "/notes", "text/plain", "Projector, please");
    JsonObject booking = Json.createReader(new StringReader(send("GET", "bookings/" + id, "application/json", null).body()))
        .readObject();

    assertEquals("{\"Message\":\"Booking was successfully updated.\",\"Value\":{\"Id\":" + id + "},\"Errors\":null,"
        + "\"WasSuccessful\":true}", changed.body());
    assertEquals("Projector, please", booking.getString("Notes"));
    assertEquals("PO-17", booking.getString("PurchaseOrder"));
  }

  @Test
  void aBookingNexudusWouldRefuseIsAnswered400WithTheEnvelopeAndNeverSent() throws Exception {
    HttpResponse<String> refused = send("POST", "bookings", "application/json", "{\"ResourceId\":\"seven\"}");

    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().startsWith("{\"Message\":\"ResourceId: is not a valid integer\""), refused.body());
  }

  @Test
  void malformedJsonIsAnswered400WithTheEnvelopeNotAStackTrace() throws Exception {
    HttpResponse<String> malformed = send("POST", "bookings", "application/json", "{\"ResourceId\": 7,");

    assertEquals(400, malformed.statusCode());
    assertEquals("{\"Message\":\"$: is not valid JSON\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"is not valid JSON\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}",
        malformed.body());
  }

  @Test
  void anUnknownBookingIs404() throws Exception {
    HttpResponse<String> none = send("GET", "bookings/999999", "application/json", null);

    assertEquals(404, none.statusCode());
    assertEquals("{\"Message\":\"$: Nexudus has no such Booking\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"Nexudus has no such Booking\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}", none.body());
  }

  @Test
  void aMailboxCheckAnswersInTheServersWords() throws Exception {
    HttpResponse<String> refused = send("POST", "mailboxes/check", "application/json", "{\"Id\":1,\"DisplayName\":5}");

    assertEquals(400, refused.statusCode());
    // The first error is the summary (the record lacks every other required property).
    assertTrue(refused.body().startsWith("{\"Message\":\"BusinessId: is a required field\""), refused.body());
    assertTrue(refused.body().contains("{\"AttemptedValue\":5,\"Message\":\"is not a valid string\","
        + "\"PropertyName\":\"DisplayName\"}"), refused.body());
  }
}
