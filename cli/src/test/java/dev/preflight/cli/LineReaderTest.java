package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(String text, int max) throws Exception {
    LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    List<String> lines = new ArrayList<>();
    for (byte[] line = reader.next(); line != null; line = reader.next()) {
      lines.add(line == LineReader.TOO_LONG ? "<too long>" : new String(line, StandardCharsets.UTF_8));
    }
    return lines;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws Exception {
    assertThat(lines("a\nbb\r\n\nccc", 10)).containsExactly("a", "bb", "", "ccc");
    assertThat(lines("a\n", 10)).containsExactly("a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void linesOverTheLimitAreSkippedToTheirEnd() throws Exception {
    assertThat(lines("12345\n123456\n1234567890123\nok", 5)).containsExactly("12345", "<too long>", "<too long>", "ok");
    assertThat(lines("x".repeat(200_000) + "\nok\n", 100)).containsExactly("<too long>", "ok");
    assertThat(lines("12345\r\n", 5)).containsExactly("12345");
  }
}
