package com.example.mailboxes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.NexudusSimulatorResource;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application as built (target/mailboxes.war) on Open Liberty, with the Nexudus simulator
 * deployed beside it in place of Nexudus. Runs in the server: it injects the simulator.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxResourceIT {
  /** A mailbox as Nexudus holds it, with members the application never sees. */
  private static final String STORED = """
      {"Id":4242,"BusinessId":123,"DisplayName":"Front desk","EmailAddress":"frontdesk@example.com",\
      "IncomingServer":"imap.example.com","IncomingServerType":1,"IncomingServerPort":143,\
      "IncomingServerUsername":"frontdesk","IncomingServerPassword":"s3cret","DeleteMessageSettings":1,\
      "OutgoingServer":"smtp.example.com","OutgoingServerPort":587,"OutgoingServerUsername":"frontdesk",\
      "LastMessageId":0,"ErrorCount":0,"IncomingServerSSL":false,"SystemId":"CRM-42"}""";

  @Deployment
  static WebArchive deployment() {
    String port = System.getProperty("it.http.port", "9081");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/mailboxes.war"))
        .addClasses(NexudusSimulatorResource.classes())
        // In place of the application's own: Nexudus is the simulator, under the application's /api.
        .addAsResource(new StringAsset("nexudus/mp-rest/url=http://localhost:" + port + "/mailboxes/api\n"
            + "preflight.client.bearer-token=" + NexudusSimulator.EDITOR_TOKEN + "\n"), "META-INF/microprofile-config.properties");
  }

  @Inject NexudusSimulator nexudus;

  @Inject
  @ConfigProperty(name = "nexudus/mp-rest/url")
  String api;

  @BeforeEach
  void reset() {
    nexudus.reset();
    nexudus.putJson(STORED);
  }

  private HttpResponse<String> moveToNewHost(long id, String host) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/mailboxes/" + id + "/incoming-server"))
        .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(host)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void movingAMailboxChangesItsHostAndKeepsEverythingElse() throws Exception {
    HttpResponse<String> response = moveToNewHost(4242, "imap2.example.com");

    assertEquals(200, response.statusCode());
    assertEquals("{\"Message\":\"EmailAccount was successfully updated.\",\"Value\":{\"Id\":4242},\"Errors\":null,"
        + "\"WasSuccessful\":true}", response.body());
    assertEquals(STORED.replace("\"imap.example.com\"", "\"imap2.example.com\"").replace("143", "993")
        .replace("\"IncomingServerSSL\":false", "\"IncomingServerSSL\":true"), nexudus.document(4242).orElseThrow().toJson());
  }

  @Test
  void anInvalidHostIsRefusedWithTheNexudusEnvelopeAndNeverSent() throws Exception {
    HttpResponse<String> response = moveToNewHost(4242, "imap example com");

    assertEquals(400, response.statusCode());
    assertEquals("{\"Message\":\"IncomingServer: is not a valid host name\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":"
        + "\"imap example com\",\"Message\":\"is not a valid host name\",\"PropertyName\":\"IncomingServer\"}],"
        + "\"WasSuccessful\":false}", response.body());
    assertEquals(1, nexudus.requestCount(), "only the GET");
  }

  @Test
  void anUnknownMailboxIsNotFound() throws Exception {
    HttpResponse<String> response = moveToNewHost(7, "imap2.example.com");

    assertEquals(404, response.statusCode());
    assertEquals("{\"Message\":\"$: Nexudus has no such EmailAccount\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
        + "\"Message\":\"Nexudus has no such EmailAccount\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}", response.body());
  }

  @Test
  void rateLimitingIsPassedOnAsServiceUnavailable() throws Exception {
    nexudus.failNext(Fault.rateLimited(429, 30));

    HttpResponse<String> response = moveToNewHost(4242, "imap2.example.com");

    assertEquals(503, response.statusCode());
    assertEquals("30", response.headers().firstValue("Retry-After").orElseThrow());
  }
}
