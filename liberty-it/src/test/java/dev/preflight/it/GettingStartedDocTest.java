package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/getting-started.md shows the example project file for file: each file, as built and tested
 * (examples/getting-started, and the JUnit example in preflight-testing's tests), stands in it
 * whole, in a fenced block, and its curl session is what the example's test asserts; the headline
 * example of docs/jakarta-integration.md is that application.
 */
class GettingStartedDocTest {
  private static final Path ROOT = Path.of("..");

  @ParameterizedTest
  @CsvSource({
    "xml, examples/getting-started/pom.xml",
    "xml, examples/getting-started/src/main/liberty/config/server.xml",
    "properties, examples/getting-started/src/main/resources/META-INF/microprofile-config.properties",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/MailboxApplication.java",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/MailboxSettings.java",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/MailboxResource.java",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/NexudusErrors.java",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/MailboxCheckResource.java",
    "json, examples/getting-started/requests/malformed.json",
    "xml, examples/getting-started/src/test/resources/arquillian.xml",
    "java, examples/getting-started/src/test/java/com/example/mailboxes/MailboxResourceIT.java",
    "java, examples/getting-started/src/test/java/com/example/mailboxes/MailboxCheckIT.java",
    "java, testing/src/test/java/com/example/junit/RateLimitTest.java"
  })
  void theGuideShowsTheFileAsItIs(String language, String file) throws Exception {
    assertShown("docs/getting-started.md", language, file);
  }

  @ParameterizedTest
  @CsvSource({
    "properties, examples/getting-started/src/main/resources/META-INF/microprofile-config.properties",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/MailboxSettings.java",
    "java, examples/getting-started/src/main/java/com/example/mailboxes/NexudusErrors.java"
  })
  void theJakartaGuidesHeadlineExampleIsTheTestedApplication(String language, String file) throws Exception {
    assertShown("docs/jakarta-integration.md", language, file);
  }

  /**
   * The curl session of "Run it by hand" sends each file of examples/getting-started/requests to the
   * check endpoint at the pom's port, and shows the very answer and status that MailboxCheckIT
   * asserts for that file.
   */
  @ParameterizedTest
  @CsvSource({"valid-update.json", "missing-display-name.json", "malformed.json"})
  void theCurlSessionShowsWhatTheTestAsserts(String request) throws Exception {
    String doc = Files.readString(ROOT.resolve("docs/getting-started.md"));
    String test = Files.readString(ROOT.resolve("examples/getting-started/src/test/java/com/example/mailboxes/MailboxCheckIT.java"));
    String pom = Files.readString(ROOT.resolve("examples/getting-started/pom.xml"));
    assertTrue(Files.isRegularFile(ROOT.resolve("examples/getting-started/requests").resolve(request)), request);
    Matcher port = Pattern.compile("<it.http.port>(\\d+)</it.http.port>").matcher(pom);
    assertTrue(port.find(), "the pom sets it.http.port");
    Matcher asserted = Pattern.compile("check\\(\"" + Pattern.quote(request) + "\"\\);\\s+assertEquals\\((\\d+), response"
        + "\\.statusCode\\(\\)\\);\\s+assertEquals\\(((?:\\s*\\+?\\s*\"(?:\\\\.|[^\"\\\\])*\")+),\\s*response\\.body\\(\\)\\);")
        .matcher(test);
    assertTrue(asserted.find(), "MailboxCheckIT asserts an answer for " + request);
    StringBuilder body = new StringBuilder();
    Matcher literal = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"").matcher(asserted.group(2));
    while (literal.find()) {
      body.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    String session = "$ curl -s -w ' (HTTP %{http_code})\\n' -H 'Content-Type: application/json' --data-binary @requests/"
        + request + " http://localhost:" + port.group(1) + "/mailboxes/api/mailboxes/check\n"
        + body + " (HTTP " + asserted.group(1) + ")\n";

    assertTrue(doc.contains(session), "docs/getting-started.md does not show\n" + session);
  }

  private static void assertShown(String doc, String language, String file) throws Exception {
    String text = Files.readString(ROOT.resolve(doc));
    String content = Files.readString(ROOT.resolve(file)).stripTrailing();

    assertTrue(text.contains("```" + language + "\n" + content + "\n```\n"), file + " is not in " + doc + " as it is");
  }
}
