package dev.preflight.jakarta.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.validation.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whatever a server sends around a secret, and however it spells it (raw, JSON-escaped, every
 * character as {@code \}{@code uXXXX}), neither an excerpt nor a scrubbed text shows it. Secrets are
 * drawn from the characters tokens and passwords are made of, quotes, backslashes and non-ASCII
 * included; they hold no white space and no {@code *}, which a person could not tell from the mask.
 */
class RedactionFuzzTest {
  private static final String SECRET_CHARACTERS = "abcXYZ019._~+/=-\"\\\u00e9\u20ac:{},";

  @FuzzTest(maxDuration = "30s")
  void noSpellingOfASecretSurvives(FuzzedDataProvider data) {
    StringBuilder secret = new StringBuilder();
    int length = data.consumeInt(6, 24);
    for (int i = 0; i < length; i++) {
      secret.append(SECRET_CHARACTERS.charAt(data.consumeInt(0, SECRET_CHARACTERS.length() - 1)));
    }
    String token = secret.toString();
    StringBuilder body = new StringBuilder();
    int pieces = data.consumeInt(1, 6);
    for (int i = 0; i < pieces; i++) {
      body.append(data.consumeString(40));
      body.append(switch (data.consumeInt(0, 2)) {
        case 0 -> token;
        case 1 -> jsonEscaped(token);
        default -> unicodeEscaped(token);
      });
    }
    body.append(data.consumeRemainingAsString());
    Redaction redaction = Redaction.of(List.of(token));

    String excerpt = redaction.excerpt(body.toString().getBytes(StandardCharsets.UTF_8));
    String scrubbed = redaction.scrub(JsonText.unescape(body));

    for (String shown : List.of(excerpt, scrubbed)) {
      assertThat(shown).doesNotContain(token).doesNotContain(jsonEscaped(token));
    }
  }

  private static String jsonEscaped(String value) {
    String quoted = JsonStrings.quote(value);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String unicodeEscaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
