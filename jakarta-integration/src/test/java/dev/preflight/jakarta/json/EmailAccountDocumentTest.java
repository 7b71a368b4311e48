package dev.preflight.jakarta.json;

import dev.preflight.Validators;
import dev.preflight.catalogue.Operation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmailAccountDocumentTest {
  /** A record as Nexudus returns it: more members than the 23, odd spacing, nested values. */
  private static final String STORED = """
      {"Id": 87654321, "SystemId":"CRM-0042","BusinessId":123,"DisplayName":"Front desk",
        "EmailAddress":"frontdesk@example.com","IncomingServer":"imap.example.com","IncomingServerType":1,
        "IncomingServerPort":993,"IncomingServerUsername":"frontdesk","IncomingServerPassword":"imap-pa\\"ss",
        "DeleteMessageSettings":1,"OutgoingServer":"smtp.example.com","OutgoingServerPort":465,
        "OutgoingServerUsername":"frontdesk","OutgoingServerPassword":"smtp-pass","LastMessageId":0,"ErrorCount":0,
        "incomingserverssl":true,"ReplyToEmail":"no-reply@example.com","LastCheckTime":"2025-01-15T10:30:00.000+00:00",
        "CustomFields":{"Data":[{"Name":"Floor","Value":3.50}],"Empty":{}},"UniqueId":"6f1c\\u00e9","UpdatedOn":null}
      """;

  private static EmailAccountDocument stored() {
    return EmailAccountDocument.read(JsonValidators.standard().validator("emailaccounts", Operation.UPDATE), STORED.getBytes(StandardCharsets.UTF_8))
        .orElseThrow();
  }

  @Test
  void anUnchangedDocumentIsWrittenBackByteForByte() {
    assertThat(stored().toJson()).isEqualTo(STORED);
    assertThat(stored().with(account -> account.displayName("Front desk")).toJson()).isEqualTo(STORED);
  }

  @Test
  void aChangedPropertyHasItsValueReplacedInItsPlaceAndNothingElseMoves() {
    String json = stored().with(account -> account.displayName("Réception \"A\"").incomingServerPort(143)
        .incomingServerSSL(false)).toJson();

    assertThat(json).isEqualTo(STORED.replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":\"Réception \\\"A\\\"\"")
        .replace("\"IncomingServerPort\":993", "\"IncomingServerPort\":143")
        .replace("\"incomingserverssl\":true", "\"incomingserverssl\":false"));
  }

  @Test
  void aPropertyClearedByTheChangeIsSentAsNull() {
    String json = stored().with(account -> account.replyToEmail(null)).toJson();

    assertThat(json).isEqualTo(STORED.replace("\"ReplyToEmail\":\"no-reply@example.com\"", "\"ReplyToEmail\":null"));
  }

  @Test
  void propertiesSetByTheChangeThatWereAbsentAreAddedAtTheEndInDocumentedOrder() {
    String json = stored().with(account -> account.office365AccessToken("o365").active(false)).toJson();

    assertThat(json).isEqualTo(STORED.replace("\"UpdatedOn\":null}", "\"UpdatedOn\":null,\"Active\":false,\"Office365AccessToken\":\"o365\"}"));
  }

  @Test
  void theRecordIsReadFromTheDocumentAndChangedByWith() {
    EmailAccountDocument document = stored();

    assertThat(document.account().incomingServerSSL()).isTrue();
    assertThat(document.account().lastCheckTime()).isEqualTo("2025-01-15T10:30:00.000+00:00");
    assertThat(document.with(account -> account.errorCount(3)).account().errorCount()).isEqualTo(3);
    assertThat(document.account().errorCount()).isZero();
  }

  @Test
  void aDocumentOfARecordAloneIsItsWireJson() {
    EmailAccount account = Fixtures.fullAccount();

    EmailAccountDocument document = EmailAccountDocument.of(account);

    assertThat(document.toJson()).isEqualTo(EmailAccountJson.toJson(account));
    assertThat(document.with(b -> b.displayName("X")).toJson())
        .isEqualTo(EmailAccountJson.toJson(account.toBuilder().displayName("X").build()));
    assertThat(EmailAccountDocument.of(EmailAccount.builder().build()).with(b -> b.id(5L)).toJson()).isEqualTo("{\"Id\":5}");
  }

  @Test
  void aByteOrderMarkIsDroppedAndTheRestKept() {
    byte[] body = ("\uFEFF" + STORED).getBytes(StandardCharsets.UTF_8);

    assertThat(EmailAccountDocument.read(JsonValidators.standard().validator("emailaccounts", Operation.UPDATE), body).orElseThrow().toJson()).isEqualTo(STORED);
  }

  @Test
  void aBodyThatIsNotAWholeRecordIsNoDocument() {
    JsonValidator reader = JsonValidators.standard().validator("emailaccounts", Operation.UPDATE);

    assertThat(EmailAccountDocument.read(reader, "\"Not found\"".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EmailAccountDocument.read(reader, "{\"Id\":\"7\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EmailAccountDocument.read(JsonValidators.of(Validators.standard(), JsonLimits.DEFAULTS, true).validator("emailaccounts", Operation.UPDATE),
        STORED.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void toStringNamesTheOtherMembersButShowsNoSecretOrValue() {
    String text = stored().with(account -> account.googleAccessToken("ya29.secret")).toString();

    assertThat(text).contains("SystemId", "IncomingServerPassword", "CustomFields", "UniqueId")
        .doesNotContain("imap-pa", "smtp-pass", "ya29.secret", "CRM-0042");
    assertThat(stored().otherMemberNames()).containsExactly("SystemId", "IncomingServerPassword",
        "OutgoingServerPassword", "CustomFields", "UniqueId", "UpdatedOn");
  }

  @Test
  void documentsAreEqualWhenTheyWriteTheSameJson() {
    assertThat(stored()).isEqualTo(stored()).hasSameHashCodeAs(stored());
    assertThat(stored().with(b -> b.errorCount(1))).isNotEqualTo(stored());
  }
}
