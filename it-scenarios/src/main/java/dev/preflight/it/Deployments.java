package dev.preflight.it;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.entities.Booking;
import dev.preflight.it.app.BookingResource;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.it.app.ItApplication;
import dev.preflight.it.app.MailboxResource;
import dev.preflight.testing.NexudusSimulator;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test application, built explicitly with the classes it needs and the project's jars. Each
 * runtime's module tells it, as system properties of the test JVM, the port its server listens on
 * ({@code it.http.port}) and where the server writes its logs ({@code it.log.dir}).
 */
final class Deployments {
  /** Also the context root, which {@code nexudus/mp-rest/url} points at. */
  static final String NAME = "preflight-it.war";

  private static final String BEANS_XML = """
      <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
      """;

  private Deployments() {}

  /**
   * The Nexudus simulator (preflight-testing's jar), the application service and the {@code @Valid}
   * resource, configured to call the simulator with the editor's token, plus {@code config} (lines of
   * MicroProfile Config properties).
   */
  static WebArchive application(String config, Class<?>... extra) {
    return archive("preflight.client.bearer-token=" + NexudusSimulator.EDITOR_TOKEN + "\n" + config, extra);
  }

  /**
   * The same application signed in as this user ({@code preflight.client.username} and {@code
   * .password}): its tokens come from the simulator's {@code POST /api/token}.
   */
  static WebArchive applicationSignedInAs(String username, String password, Class<?>... extra) {
    return applicationSignedInAs(username, password, "", extra);
  }

  /** The same, plus {@code config} (lines of MicroProfile Config properties). */
  static WebArchive applicationSignedInAs(String username, String password, String config, Class<?>... extra) {
    return archive("preflight.client.username=" + username + "\npreflight.client.password=" + password + "\n" + config,
        extra);
  }

  private static WebArchive archive(String config, Class<?>... extra) {
    String settings = "nexudus/mp-rest/url=http://localhost:" + required("it.http.port") + "/preflight-it\n"
        + "it.log.dir=" + required("it.log.dir") + "\n"
        + config;
    return ShrinkWrap.create(WebArchive.class, NAME)
        .addClasses(ItApplication.class, EmailAccountService.class, MailboxResource.class, BookingResource.class, Fixtures.class, ClientScenarios.class, ClientContract.class)
        .addClasses(extra)
        .addAsLibraries(projectJar(EmailAccount.class, "preflight-core.jar"),
            projectJar(NexudusEmailAccounts.class, "preflight-jakarta.jar"),
            projectJar(NexudusSimulator.class, "preflight-testing.jar"),
            projectJar(Booking.class, "preflight-entities.jar"))
        .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
        .addAsResource(new StringAsset(settings), "META-INF/microprofile-config.properties");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("the runtime's module must set the system property " + property);
    }
    return value;
  }

  /** The jar (or, in an IDE, the classes directory) a project class was loaded from. */
  private static JavaArchive projectJar(Class<?> type, String name) {
    File location;
    try {
      location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (location.isDirectory()) {
      return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
    }
    return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
  }
}
