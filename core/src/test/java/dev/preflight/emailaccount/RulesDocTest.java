package dev.preflight.emailaccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists exactly the rules, properties and messages the code has, in order. */
class RulesDocTest {

  @Test
  void ruleCatalogueInDocsMatchesTheCode() throws Exception {
    List<String> documented =
        Files.readAllLines(Path.of("../docs/rules.md")).stream()
            .filter(line -> line.startsWith("| `"))
            .map(RulesDocTest::idPropertiesAndMessage)
            .toList();
    List<String> implemented =
        EmailAccountValidator.standard().descriptions().stream()
            .map(row -> row.ruleId() + " | "
                + row.propertyNames().stream().collect(Collectors.joining(", "))
                + " | " + row.message())
            .toList();

    assertThat(documented).containsExactlyElementsOf(implemented);
  }

  /** Columns 1, 2 and 4 of a table row (id, properties, message), backticks removed. */
  private static String idPropertiesAndMessage(String row) {
    List<String> cells = Arrays.stream(row.split("\\|")).map(String::strip).toList();
    return String.join(" | ", cells.get(1), cells.get(2), cells.get(4)).replace("`", "");
  }
}
