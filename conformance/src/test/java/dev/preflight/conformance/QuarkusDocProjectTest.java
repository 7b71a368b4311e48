package dev.preflight.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/quarkus.md's complete project is the example the build builds and tests
 * (examples/quarkus-getting-started): each file stands in the page whole, in a fenced block of its
 * language, so what a reader copies is what `./mvnw verify` proved.
 */
class QuarkusDocProjectTest {
  private static final Path ROOT = Path.of("..");

  @ParameterizedTest
  @CsvSource({
    "xml, examples/quarkus-getting-started/pom.xml",
    "properties, examples/quarkus-getting-started/src/main/resources/application.properties",
    "java, examples/quarkus-getting-started/src/main/java/com/example/bookings/BookingResource.java",
    "java, examples/quarkus-getting-started/src/test/java/com/example/bookings/BookingResourceTest.java",
  })
  void theExampleFileStandsInThePageWhole(String language, String file) throws IOException {
    String page = Files.readString(ROOT.resolve("docs/quarkus.md"), StandardCharsets.UTF_8);
    String content = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);

    assertThat(page).contains("```" + language + "\n" + content + "```\n");
  }
}
