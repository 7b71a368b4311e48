package dev.preflight.it;

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
}
