package com.example.mailboxes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The check endpoint as a client sees it, with the request files the getting-started guide sends
 * with curl (requests/). Runs outside the server: real HTTP, no Nexudus needed.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxCheckIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/mailboxes.war"));
  }

  @ArquillianResource URL application;

  private HttpResponse<String> check(String requestFile) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(application + "api/mailboxes/check"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(Path.of("requests", requestFile)))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aValidUpdateIsAccepted() throws Exception {
    HttpResponse<String> response = check("valid-update.json");

    assertEquals(200, response.statusCode());
    assertEquals("{\"Message\":\"EmailAccount is valid for update; nothing was sent.\",\"Value\":{\"Id\":87654321},"
        + "\"Errors\":null,\"WasSuccessful\":true}", response.body());
  }

  @Test
  void aMissingDisplayNameIsRefusedAsNexudusWould() throws Exception {
    HttpResponse<String> response = check("missing-display-name.json");

    assertEquals(400, response.statusCode());
    assertEquals("{\"Message\":\"DisplayName: is a required field\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"}],\"WasSuccessful\":false}", response.body());
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedInTheSameEnvelope() throws Exception {
    HttpResponse<String> response = check("malformed.json");

    assertEquals(400, response.statusCode());
    assertEquals("{\"Message\":\"$: is not valid JSON (line 6, column 6)\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":"
        + "null,\"Message\":\"is not valid JSON (line 6, column 6)\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}",
        response.body());
  }
}
