package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/getting-started.md shows the example project file for file: each file, as built and tested
 * (examples/getting-started, and the JUnit example in preflight-testing's tests), stands in it
 * whole, in a fenced block; the headline example of docs/jakarta-integration.md is that application.
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
    "xml, examples/getting-started/src/test/resources/arquillian.xml",
    "java, examples/getting-started/src/test/java/com/example/mailboxes/MailboxResourceIT.java",
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

  private static void assertShown(String doc, String language, String file) throws Exception {
    String text = Files.readString(ROOT.resolve(doc));
    String content = Files.readString(ROOT.resolve(file)).stripTrailing();

    assertTrue(text.contains("```" + language + "\n" + content + "\n```\n"), file + " is not in " + doc + " as it is");
  }
}
