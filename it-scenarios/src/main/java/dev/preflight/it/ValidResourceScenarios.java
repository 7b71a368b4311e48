package dev.preflight.it;

import java.util.List;
import java.nio.charset.StandardCharsets;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.catalogue.Operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The Bean Validation route's scenarios, over real HTTP to the test application's {@code
 * /mailboxes}: each method is one test's body, shared by {@link ValidResourceIT} (Liberty, WildFly,
 * Payara) and the Quarkus tests, so every runtime is held to the same bytes.
 */
public final class ValidResourceScenarios {
  private final URI mailboxes;

  public ValidResourceScenarios(URI mailboxes) {
    this.mailboxes = mailboxes;
  }

  private HttpResponse<String> put(String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(mailboxes).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  public void badRecordIsAnswered400WithTheExactEnvelopeInContractOrder() throws Exception {
    EmailAccount bad = Fixtures.seedCurlExample();

    HttpResponse<String> response = put(EmailAccountJson.toJson(bad));

    assertEquals(400, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals(EnvelopeJson.toJson(EmailAccountValidator.standard().validate(bad)), response.body());
  }

  public void seedRequestWithoutDisplayNameGivesTheSeeds400Body() throws Exception {
    HttpResponse<String> response = put(EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().displayName(null).build()));

    assertEquals(400, response.statusCode());
    assertEquals("{\"Message\":\"DisplayName: is a required field\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"}],\"WasSuccessful\":false}", response.body());
  }

  public void unreadableBodyIsAnswered400WithReadingAndValidationErrorsMerged() throws Exception {
    String json = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().incomingServerPort(0).build())
        .replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":5");

    HttpResponse<String> response = put(json);

    assertEquals(400, response.statusCode());
    assertEquals("{\"Message\":\"DisplayName: is not a valid string\",\"Value\":null,\"Errors\":["
        + "{\"AttemptedValue\":5,\"Message\":\"is not a valid string\",\"PropertyName\":\"DisplayName\"},"
        + "{\"AttemptedValue\":0,\"Message\":\"must be between 1 and 65535\",\"PropertyName\":\"IncomingServerPort\"}],"
        + "\"WasSuccessful\":false}", response.body());
  }

  public void validRecordIsAccepted() throws Exception {
    HttpResponse<String> response = put(EmailAccountJson.toJson(Fixtures.validAccount()));

    assertEquals(200, response.statusCode());
    assertEquals("{\"Message\":\"EmailAccount was successfully updated.\",\"Value\":{\"Id\":87654321},\"Errors\":null,"
        + "\"WasSuccessful\":true}", response.body());
  }
  private HttpResponse<String> send(String method, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(mailboxes.resolve("bookings")).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A typed Booking parameter: a bad one is answered with the JSON door's envelope for the same bytes. */
  public void badTypedBookingIsAnswered400WithTheJsonDoorsEnvelope() throws Exception {
    String bad = "{\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\","
        + "\"Repeats\":12,\"LastNotificationTime\":\"yesterday\"}";
    String unreadable = bad.replace("\"ResourceId\":7", "\"ResourceId\":\"seven\"");

    for (String body : List.of(bad, unreadable)) {
      HttpResponse<String> response = send("PUT", body);

      assertEquals(400, response.statusCode(), body);
      assertEquals(EnvelopeJson.toJson(JsonValidators.standard().validator("bookings", Operation.UPDATE)
          .validate(body.getBytes(StandardCharsets.UTF_8))), response.body());
    }
    assertEquals("{\"Message\":\"Id: is a required field\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"is a required field\",\"PropertyName\":\"Id\"},{\"AttemptedValue\":\"yesterday\","
        + "\"Message\":\"is not a valid date and time\",\"PropertyName\":\"LastNotificationTime\"},{\"AttemptedValue\":12,"
        + "\"Message\":\"must be one of: 1 (Daily), 2 (Weekly), 3 (Monthly), 4 (Yearly), 5 (FirstOfMonth), "
        + "6 (SecondOfMonth), 7 (ThirdOfMonth), 8 (LastOfMonth), 9 (FourthOfMonth)\",\"PropertyName\":\"Repeats\"}],"
        + "\"WasSuccessful\":false}", send("PUT", bad).body());
  }

  /** A typed Booking parameter: a good one reaches the resource as the model, written back as its JSON. */
  public void goodTypedBookingReachesTheResourceAsTheModel() throws Exception {
    String good = "{\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\","
        + "\"OverridePrice\":12.50,\"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2}]}";

    HttpResponse<String> created = send("POST", good);
    HttpResponse<String> updated = send("PUT", good.replaceFirst("\\{", "{\"Id\":42,"));

    assertEquals(200, created.statusCode(), created.body());
    assertEquals(good.replace("{\"ResourceId", "{\"Id\":5001,\"ResourceId"), created.body());
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(good.replace("{\"ResourceId", "{\"Id\":42,\"ResourceId"), updated.body());
  }
}
