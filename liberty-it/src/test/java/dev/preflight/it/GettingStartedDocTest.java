package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/getting-started.md shows the example project file for file: each file, as built and tested
 * (examples/getting-started, and the JUnit example in preflight-testing's tests), stands in it
 * whole, in a fenced block.
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
    String doc = Files.readString(ROOT.resolve("docs/getting-started.md"));
    String content = Files.readString(ROOT.resolve(file)).stripTrailing();

    assertTrue(doc.contains("```" + language + "\n" + content + "\n```\n"), file + " is not in docs/getting-started.md as it is");
  }
}
