package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import static dev.preflight.jakarta.json.EmailAccountReaderTest.validWith;
import static dev.preflight.jakarta.json.EmailAccountReaderTest.validWithout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile bodies: each gives exactly the contract's envelope. The timeout is a
 * guard against hangs, not a speed target.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final String VALID = EmailAccountJson.toJson(Fixtures.validAccount());
  private static final RecordReader<EmailAccount> READER = RecordReader.emailAccounts();
  private static final EmailAccountValidator VALIDATOR = EmailAccountValidator.standard();

  private static ValidationError body(String message) {
    return new ValidationError("$", null, message);
  }

  private static ValidationError error(Object attempted, String message, String property) {
    return new ValidationError(property, attempted, message);
  }

  private static Arguments bad(String name, String json, ValidationError... expected) {
    return bad(name, json.getBytes(StandardCharsets.UTF_8), expected);
  }

  private static Arguments bad(String name, byte[] json, ValidationError... expected) {
    return Arguments.of(name, json, List.of(expected));
  }

  private static byte[] bytes(String prefix, int... tail) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(head, head.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      all[head.length + i] = (byte) tail[i];
    }
    return all;
  }

  static Stream<Arguments> catalogue() {
    List<Arguments> cases = new ArrayList<>(List.of(
        // Malformed and truncated.
        bad("empty body", "", body("is not valid JSON (line 1, column 1)")),
        bad("white space only", " \n\t ", body("is not valid JSON (line 2, column 3)")),
        bad("lone brace", "{", body("is not valid JSON (line 1, column 2)")),
        bad("truncated mid-key", "{\"Displ", body("is not valid JSON (line 1, column 8)")),
        bad("truncated mid-string", "{\"DisplayName\":\"Front", body("is not valid JSON (line 1, column 22)")),
        bad("truncated after comma", VALID.substring(0, VALID.length() - 1) + ",", body("is not valid JSON (line 1, column " + (VALID.length() + 1) + ")")),
        bad("single quotes", "{'Id':1}", body("is not valid JSON (line 1, column 2)")),
        bad("trailing comma", "{\"Id\":1,}", body("is not valid JSON (line 1, column 9)")),
        bad("missing colon", "{\"Id\" 1}", body("is not valid JSON (line 1, column 7)")),
        bad("bare word", "hello", body("is not valid JSON (line 1, column 1)")),
        bad("two objects", "{}{}", body("is not valid JSON (line 1, column 3)")),
        bad("trailing garbage", VALID + "x", body("is not valid JSON (line 1, column " + (VALID.length() + 1) + ")")),
        bad("leading zero", "{\"Id\":01}", body("is not valid JSON (line 1, column 8)")),
        bad("NaN", "{\"Id\":NaN}", body("is not valid JSON (line 1, column 7)")),
        bad("unescaped control character in string", "{\"DisplayName\":\"a\u0001b\"}", body("is not valid JSON (line 1, column 18)")),
        bad("comment", "{/* hi */\"Id\":1}", body("is not valid JSON (line 1, column 2)")),
        // Encodings.
        bad("invalid UTF-8 continuation", bytes("{\"DisplayName\":\"", 0xC3, 0x28, '"', '}'), body("is not valid JSON (line 1, column 17)")),
        bad("overlong UTF-8", bytes("{\"DisplayName\":\"", 0xC0, 0xAF, '"', '}'), body("is not valid JSON (line 1, column 17)")),
        bad("UTF-8 surrogate bytes", bytes("{\"DisplayName\":\"", 0xED, 0xA0, 0x80, '"', '}'), body("is not valid JSON (line 1, column 17)")),
        bad("truncated UTF-8 at end", bytes("{\"DisplayName\":\"", 0xE2, 0x82), body("is not valid JSON (line 1, column 17)")),
        bad("UTF-16 byte order mark", bytes("", 0xFE, 0xFF, 0, '{', 0, '}'), body("is not valid JSON (line 1, column 1)")),
        // Shapes.
        bad("array where an object belongs", "[" + VALID + "]", body("must be a JSON object")),
        bad("string body", "\"" + "x".repeat(100) + "\"", body("must be a JSON object")),
        bad("null body", "null", body("must be a JSON object")),
        bad("number body", "87654321", body("must be a JSON object")),
        // Size and depth.
        bad("deep arrays in an unknown property", validWith("\"X\":" + "[".repeat(40) + "]".repeat(40)), body("is nested too deeply")),
        bad("deep objects in a known property", validWithout("DisplayName", "\"DisplayName\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40)), body("is nested too deeply")),
        bad("deep array body", "[".repeat(10_000) + "]".repeat(10_000), body("is nested too deeply")),
        bad("unbalanced deep array body", "[".repeat(100_000), body("is nested too deeply")),
        bad("body over 1 MiB", validWith("\"X\":\"" + "x".repeat(1_048_576) + "\""), body("must be at most 1048576 bytes")),
        // Values.
        bad("huge string in a known property", validWithout("DisplayName", "\"DisplayName\":\"" + "y".repeat(100_000) + "\""),
            error("y".repeat(64) + "…", "must be at most 65536 characters", "DisplayName")),
        bad("huge string for an integer", validWithout("Id", "\"Id\":\"" + "7".repeat(70_000) + "\""),
            error("7".repeat(64) + "…", "must be at most 65536 characters", "Id")),
        bad("huge number", validWithout("Id", "\"Id\":" + "9".repeat(500)), error(null, "is not a valid integer", "Id")),
        bad("huge exponent", validWithout("Id", "\"Id\":1e999999999"), error(new BigDecimal("1e999999999"), "is not a valid integer", "Id")),
        bad("negative zero port", validWithout("IncomingServerPort", "\"IncomingServerPort\":-0"),
            error(0, "must be between 1 and 65535", "IncomingServerPort")),
        bad("fraction for a port", validWithout("OutgoingServerPort", "\"OutgoingServerPort\":465.0"),
            error(new BigDecimal("465.0"), "is not a valid integer", "OutgoingServerPort")),
        bad("duplicate keys differing in case", validWithout("EmailAddress", "\"EmailAddress\":\"a@b.co\",\"EMAILADDRESS\":\"c@d.co\""),
            error("c@d.co", "is specified more than once", "EmailAddress")),
        bad("array where a string belongs", validWithout("IncomingServer", "\"IncomingServer\":[\"imap.example.com\"]"),
            error(null, "is not a valid string", "IncomingServer")),
        bad("object where a boolean belongs", validWith("\"Active\":{\"value\":true}"), error(null, "is not a valid boolean", "Active")),
        bad("escaped control character", validWithout("DisplayName", "\"DisplayName\":\"a\\u0000b\""),
            error("a\u0000b", "must not contain control characters", "DisplayName")),
        bad("escaped DEL in a token", validWith("\"GoogleAccessToken\":\"tok\\u007fen\""),
            error("***", "must not contain control characters", "GoogleAccessToken")),
        bad("lone surrogate escape", validWithout("DisplayName", "\"DisplayName\":\"\\ud800\""))));
    String nulls = "{" + String.join(",", Arrays.stream(dev.preflight.emailaccount.Property.values())
        .map(p -> "\"" + p.wireName() + "\":null").toList()) + "}";
    List<ValidationError> required = new ArrayList<>();
    for (dev.preflight.emailaccount.Property p : Arrays.copyOf(dev.preflight.emailaccount.Property.values(), 14)) {
      required.add(new ValidationError(p.wireName(), null, "is a required field"));
    }
    cases.add(Arguments.of("nulls everywhere", nulls.getBytes(StandardCharsets.UTF_8), required));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void hostileBodyGivesTheContractsEnvelope(String name, byte[] json, List<ValidationError> expected) {
    ValidationResponse response = READER.read(json).validate(VALIDATOR::validate);

    assertThat(response.errors()).containsExactlyElementsOf(expected);
    assertThat(response.wasSuccessful()).isEqualTo(expected.isEmpty());
    assertThat(READER.read(json).validate(VALIDATOR::validate)).isEqualTo(response);
  }

  @org.junit.jupiter.api.Test
  void catalogueHasAtLeastFortyCases() {
    assertThat(catalogue().count()).isGreaterThanOrEqualTo(40);
  }
}
