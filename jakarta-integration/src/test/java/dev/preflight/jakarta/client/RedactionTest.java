package dev.preflight.jakarta.client;

import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.json.JsonValidators;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final String TOKEN = "tok/3f9a\"8c7e\\é";
  private final Redaction redaction = Redaction.of(Arrays.asList(TOKEN, null, " ", "ya29.google"));

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theValuesInUseAreRemovedRawAndJsonEscaped() {
    assertThat(redaction.scrub("echo " + TOKEN + " and ya29.google.")).isEqualTo("echo *** and ***.");
    assertThat(redaction.scrub("{\"Echo\":\"tok/3f9a\\\"8c7e\\\\é\"}")).isEqualTo("{\"Echo\":\"***\"}");
    assertThat(redaction.scrub("{\"Echo\":\"tok\\/3f9a\\\"8c7e\\\\é\"}")).isEqualTo("{\"Echo\":\"***\"}");
  }

  @Test
  void anExcerptDecodesEscapesSoThatNoSpellingOfASecretShows() {
    String escapedEveryWay = "{\"Message\":\"\\u0074\\u006f\\u006b\\/3f9a\\\"8c7e\\\\\\u00e9 was refused\"}";

    assertThat(redaction.excerpt(utf8(escapedEveryWay))).isEqualTo("{\"Message\":\"*** was refused\"}");
  }

  @Test
  void secretNamedStringMembersAreMaskedWhateverTheirValueAndSpelling() {
    Redaction patternsOnly = Redaction.of(List.of());
    String body = "{\"GoogleAccessToken\":\"abc\\\"def\",\"Incoming\\u0053erverPassword\" : \"pw\","
        + "\"refresh_token\":\"r\",\"Name\":\"token\",\"client_secret\":\"s\",\"Count\":2}";

    assertThat(patternsOnly.excerpt(utf8(body))).isEqualTo("{\"GoogleAccessToken\":\"***\",\"IncomingServerPassword\" : "
        + "\"***\",\"refresh_token\":\"***\",\"Name\":\"token\",\"client_secret\":\"***\",\"Count\":2}");
  }

  @Test
  void bearerTokensAreMaskedEvenWhenNotInUse() {
    assertThat(Redaction.of(List.of()).scrub("Authorization: bearer abc.DEF-123/+=~_ was sent"))
        .isEqualTo("Authorization: Bearer *** was sent");
  }

  @Test
  void anExcerptIsFoldedAndCutAfterRedactionSoThatNoPrefixOfASecretShows() {
    String body = " ".repeat(5_000) + "x".repeat(190) + TOKEN + "y".repeat(300);

    String excerpt = redaction.excerpt(utf8(body));

    assertThat(excerpt).isEqualTo("x".repeat(190) + "***" + "y".repeat(7) + "…");
  }

  @Test
  void hostileBodiesAreScannedInLinearTime() {
    String manyEscapes = "{\"token\":\"" + "\\n".repeat(200_000) + "\"," + "\"a\":\"".repeat(50_000);

    assertThat(Redaction.of(List.of(TOKEN)).excerpt(utf8(manyEscapes))).startsWith("{\"token\":\"***\",\"a\":");
  }

  @Test
  void anEnvelopeFromTheServerIsScrubbedInEveryText() {
    ValidationResponse echoed = ValidationResponse.rejection("Token " + TOKEN + " rejected",
        List.of(new ValidationError("Header", "was " + TOKEN, "bad " + TOKEN), new ValidationError("Port", 7, "x"),
            new ValidationError("GoogleAccessToken", "ya29.google", "is wrong")));

    assertThat(redaction.scrub(echoed)).isEqualTo(ValidationResponse.rejection("Token *** rejected",
        List.of(new ValidationError("Header", "was ***", "bad ***"), new ValidationError("Port", 7, "x"),
            new ValidationError("GoogleAccessToken", "***", "is wrong"))));
  }

  @Test
  void theSecretsOfADocumentAreItsTokensAndSecretNamedMembers() {
    EmailAccountDocument document = EmailAccountDocument.read(JsonValidators.standard().validator("emailaccounts", Operation.UPDATE), utf8(
        "{\"Id\":1,\"GoogleAccessToken\":\"g\\u0031\",\"IncomingServerPassword\":\"p\\\"w\",\"SystemId\":\"S\","
            + "\"OutgoingServerPassword\":null}")).orElseThrow();

    assertThat(Redaction.secretsIn(document.with(b -> b.office365AccessToken("o365")).toJson())).containsExactly("g1", "p\"w", "o365");
  }

  @Test
  void theCurrentRedactionIsTheOneAroundTheCallOnThisThread() {
    assertThat(Redaction.current().scrub(TOKEN)).isEqualTo(TOKEN);
    assertThat(redaction.around(() -> Redaction.current().scrub(TOKEN))).isEqualTo("***");
    assertThat(Redaction.current().scrub(TOKEN)).isEqualTo(TOKEN);
  }
}
