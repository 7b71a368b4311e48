package dev.preflight.emailaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmailAccountTest {

  @Test
  void everyPropertyIsAbsentInAnEmptyRecord() {
    EmailAccount empty = EmailAccount.builder().build();
    for (Property property : Property.values()) {
      assertThat(property.valueIn(empty)).as(property.wireName()).isNull();
    }
  }

  @Test
  void toBuilderCopiesEveryProperty() {
    EmailAccount full = Fixtures.fullAccount();
    for (Property property : Property.values()) {
      assertThat(property.valueIn(full)).as(property.wireName()).isNotNull();
    }
    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void builderSetsEachPropertyInItsOwnComponent() {
    EmailAccount.Builder builder = EmailAccount.builder();
    for (Property property : Property.values()) {
      builder.set(property, sample(property));
    }
    EmailAccount account = builder.build();
    for (Property property : Property.values()) {
      assertThat(property.valueIn(account)).as(property.wireName()).isEqualTo(sample(property));
    }
  }

  @Test
  void unknownEnumCodesAreKeptAsTheirNumber() {
    EmailAccount account = EmailAccount.builder().incomingServerType(7).deleteMessageSettings(42).build();
    assertThat(account.incomingServerType()).isEqualTo(7);
    assertThat(account.deleteMessageSettings()).isEqualTo(42);
    assertThat(account.knownIncomingServerType()).isEmpty();
    assertThat(account.knownDeleteMessageSettings()).isEmpty();
    assertThat(account.toBuilder().build()).isEqualTo(account);
  }

  @Test
  void knownEnumCodesAreOfferedAsEnums() {
    EmailAccount account = Fixtures.validAccount().toBuilder().deleteMessageSettings(3).build();
    assertThat(account.knownIncomingServerType()).contains(IncomingServerType.IMAP);
    assertThat(account.knownDeleteMessageSettings()).contains(MessageDeletionPolicy.DELETE_WHEN_DELETING);
  }

  @Test
  void setRejectsAValueOfTheWrongTypeWithoutShowingIt() {
    assertThatThrownBy(() -> EmailAccount.builder().set(Property.GOOGLE_ACCESS_TOKEN, 12345))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GoogleAccessToken holds a String, not a Integer");
    assertThatThrownBy(() -> EmailAccount.builder().set(Property.ID, 1))
        .hasMessage("Id holds a Long, not a Integer");
  }

  @Test
  void lastCheckTimeCanBeSetFromADateTime() {
    EmailAccount account =
        EmailAccount.builder().lastCheckTime(OffsetDateTime.of(2025, 1, 15, 10, 30, 0, 0, ZoneOffset.UTC)).build();
    assertThat(account.lastCheckTime()).isEqualTo("2025-01-15T10:30:00Z");
  }

  @Test
  void toStringShowsWireNamesAndHidesTheAccessTokens() {
    String text = Fixtures.fullAccount().toString();
    assertThat(text)
        .startsWith("EmailAccount[Id=87654321, BusinessId=123, DisplayName=Front desk,")
        .contains("GoogleAccessToken=***, Office365AccessToken=***]")
        .doesNotContain("google-secret-token")
        .doesNotContain("office-secret-token");
    assertThat(EmailAccount.builder().build()).hasToString("EmailAccount[]");
    assertThat(EmailAccount.builder().googleAccessToken("t").toString()).isEqualTo("EmailAccount.Builder");
  }

  private static Object sample(Property property) {
    if (property.javaType() == Long.class) {
      return 1000L + property.ordinal();
    }
    if (property.javaType() == Integer.class) {
      return 100 + property.ordinal();
    }
    if (property.javaType() == Boolean.class) {
      return property.ordinal() % 2 == 0;
    }
    return "value of " + property.wireName();
  }
}
