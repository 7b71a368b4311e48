package dev.preflight.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireNamesTest {
  private static final List<String> WORDS =
      List.of("Password", "Token", "Secret", "ApiKey", "PrivateKey", "Passcode", "Pincode");

  /** The rule as docs/catalogue.md states it: a secret word anywhere in the name, in any case. */
  private static boolean reference(String name) {
    for (String word : WORDS) {
      for (int i = 0; i + word.length() <= name.length(); i++) {
        if (name.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void secretNamesAreTheNamesHoldingASecretWordInAnyCase() {
    assertThat(WireNames.isSecretName("IncomingServerPassword")).isTrue();
    assertThat(WireNames.isSecretName("GOOGLEACCESSTOKEN")).isTrue();
    assertThat(WireNames.isSecretName("apikey")).isTrue();
    assertThat(WireNames.isSecretName("PinCode")).isTrue();
    assertThat(WireNames.isSecretName("DisplayName")).isFalse();
    assertThat(WireNames.isSecretName("Passcod")).isFalse();
    assertThat(WireNames.isSecretName("")).isFalse();
    assertThat(WireNames.isSecretName("Api\u212Aey")).isEqualTo(reference("Api\u212Aey"));
  }

  @Test
  void theFastScanAgreesWithTheRuleOnRandomNames() {
    Random random = new Random(20261207);
    String alphabet = "pPaAsStTcCoOkKeEyYwWrRdDiInNvV0_-@`\u212A\u0131\u00e9";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder name = new StringBuilder();
      if (random.nextInt(4) == 0) {
        String word = WORDS.get(random.nextInt(WORDS.size()));
        name.append(random.nextBoolean() ? word.toUpperCase(java.util.Locale.ROOT) : word);
      }
      for (int i = random.nextInt(12); i > 0; i--) {
        name.insert(random.nextInt(name.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = name.toString();
      assertThat(WireNames.isSecretName(text)).as(text).isEqualTo(reference(text));
    }
  }
}
