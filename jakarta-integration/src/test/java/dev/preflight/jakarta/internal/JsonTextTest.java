package dev.preflight.jakarta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.validation.JsonStrings;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

  @Test
  void membersNameEachValueWhereItStands() {
    String json = " {\"A\" : 1,\"B\":\"x,}\\\"\", \"C\":{\"d\":[1,{\"e\":\"}\"}]},\"D\":null ,\"E\":-1.5e3,\"F\":[]} ";

    List<JsonText.Member> members = JsonText.members(json);

    assertThat(members).extracting(JsonText.Member::name).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(members).extracting(m -> json.substring(m.valueStart(), m.valueEnd()))
        .containsExactly("1", "\"x,}\\\"\"", "{\"d\":[1,{\"e\":\"}\"}]}", "null", "-1.5e3", "[]");
  }

  @Test
  void memberNamesAreDecoded() {
    assertThat(JsonText.members("{\"Display\\u004eame\":\"x\",\"a\\\"b\":1}"))
        .extracting(JsonText.Member::name).containsExactly("DisplayName", "a\"b");
  }

  @Test
  void anEmptyObjectHasNoMembers() {
    assertThat(JsonText.members("\uFEFF { } ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"[1]", "{\"a\"}", "{\"a\":1", "{\"a\":\"x}", "''"})
  void whatIsNotAnObjectIsRefused(String text) {
    assertThatThrownBy(() -> JsonText.members(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unescapeDecodesEveryEscapeAndKeepsWhatIsNotOne() {
    assertThat(JsonText.unescape("a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20AC")).isEqualTo("a\"b\\c/d\b\f\n\r\t\u00e9\u20ac");
    assertThat(JsonText.unescape("\\x \\u12 \\u１２３４ end\\")).isEqualTo("\\x \\u12 \\u１２３４ end\\");
  }

  @Test
  void quoteWritesWhatParssonReadsBackToTheSameString() {
    Random random = new Random(20261201);
    for (int run = 0; run < 2_000; run++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        value.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
      }
      String quoted = JsonStrings.quote(value.toString());
      try (JsonReader reader = Json.createReader(new StringReader("[" + quoted + "]"))) {
        assertThat(reader.readArray().getString(0)).isEqualTo(value.toString());
      }
      assertThat(JsonText.unescape(quoted.substring(1, quoted.length() - 1))).isEqualTo(value.toString());
    }
  }
}
