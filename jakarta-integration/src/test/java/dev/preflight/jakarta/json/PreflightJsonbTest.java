package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Users' own JSON-B code (real Yasson) maps records and envelopes exactly like the wire format. */
class PreflightJsonbTest {
  private final Jsonb jsonb = PreflightJsonb.create();

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  public static class Batch {
    public String name;
    public List<EmailAccount> accounts;
  }

  @Test
  void recordsSerialiseAsTheWireFormat() {
    assertThat(jsonb.toJson(Fixtures.fullAccount())).isEqualTo(EmailAccountJson.toJson(Fixtures.fullAccount()));
  }

  @Test
  void recordsNestedInUserTypesRoundTrip() {
    Batch batch = new Batch();
    batch.name = "import";
    batch.accounts = List.of(Fixtures.validAccount(), Fixtures.fullAccount());

    Batch back = jsonb.fromJson(jsonb.toJson(batch), Batch.class);

    assertThat(back.accounts).containsExactly(Fixtures.validAccount(), Fixtures.fullAccount());
  }

  @Test
  void envelopesSerialiseInTheSeedsKeyOrderAndParseBack() {
    ValidationResponse response = EmailAccountValidator.standard().validate(Fixtures.seedCurlExample());

    String json = jsonb.toJson(response);

    assertThat(json).isEqualTo(EnvelopeJson.toJson(response));
    assertThat(EnvelopeJson.toJson(jsonb.fromJson(json, ValidationResponse.class))).isEqualTo(json);
  }

  @Test
  void unreadableRecordIsRefusedWithTheSummaryOnly() {
    assertThatThrownBy(() -> jsonb.fromJson("{\"Id\":1,\"GoogleAccessToken\":7}", EmailAccount.class))
        .isInstanceOf(JsonbException.class)
        .hasMessageContaining("EmailAccount: GoogleAccessToken: is not a valid string")
        .hasMessageNotContaining("7,");
  }

  @Test
  void resolverHandsOutTheConfiguredJsonb() {
    Jsonb resolved = new PreflightJsonbResolver().getContext(EmailAccount.class);
    assertThat(resolved.toJson(Fixtures.validAccount())).isEqualTo(EmailAccountJson.toJson(Fixtures.validAccount()));
  }
}
