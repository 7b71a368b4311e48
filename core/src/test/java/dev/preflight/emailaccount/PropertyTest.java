package dev.preflight.emailaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void wireNamesAreTheDocumentedOnesInDocumentedOrder() {
    assertThat(Arrays.stream(Property.values()).map(Property::wireName))
        .containsExactly(
            "Id", "BusinessId", "DisplayName", "EmailAddress", "IncomingServer", "IncomingServerType",
            "IncomingServerPort", "IncomingServerUsername", "DeleteMessageSettings", "OutgoingServer",
            "OutgoingServerPort", "OutgoingServerUsername", "LastMessageId", "ErrorCount", "Active",
            "SendNotificationOnNewMessages", "NotificationEmailAddress", "IncomingServerSSL",
            "OutgoingServerSSL", "ReplyToEmail", "LastCheckTime", "GoogleAccessToken",
            "Office365AccessToken");
    assertThat(Property.ID.position()).isEqualTo(1);
    assertThat(Property.OFFICE365_ACCESS_TOKEN.position()).isEqualTo(23);
  }

  @Test
  void onlyTheTwoAccessTokensAreSecret() {
    assertThat(Arrays.stream(Property.values()).filter(Property::secret))
        .containsExactly(Property.GOOGLE_ACCESS_TOKEN, Property.OFFICE365_ACCESS_TOKEN);
  }

  @ParameterizedTest
  @CsvSource({
    "Id, ID",
    "id, ID",
    "ID, ID",
    "incomingserverssl, INCOMING_SERVER_SSL",
    "DISPLAYNAME, DISPLAY_NAME",
    "office365accesstoken, OFFICE365_ACCESS_TOKEN"
  })
  void wireNamesMatchCaseInsensitively(String name, Property expected) {
    assertThat(Property.fromWireName(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"LastChec\u212aTime", "lastchec\u212atime", "LASTCHEC\u212aTIME"})
  void theKelvinSignIsNotAKAsInDotNetsOrdinalIgnoreCase(String name) {
    // Java's equalsIgnoreCase also compares lower case, where the Kelvin sign becomes a k.
    assertThat(Property.fromWireName(name)).isNull();
  }

  @Test
  void dotNetsOrdinalIgnoreCaseUpperCasesEachCharacter() {
    assertThat(Property.fromWireName("\u0131d")).isEqualTo(Property.ID);
    assertThat(Property.fromWireName("Office365Acce\u017fsToken")).isEqualTo(Property.OFFICE365_ACCESS_TOKEN);
  }

  @ParameterizedTest
  @CsvSource({"Display Name", "'DisplayName '", "Password", "''", "$"})
  void unknownNamesMatchNothing(String name) {
    assertThat(Property.fromWireName(name)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Property.class)
  void jsonTypeAgreesWithJavaType(Property property) {
    Class<?> expected =
        switch (property.jsonType()) {
          case STRING -> String.class;
          case BOOLEAN -> Boolean.class;
          case INTEGER -> property == Property.ID || property == Property.BUSINESS_ID ? Long.class : Integer.class;
        };
    assertThat(property.javaType()).isEqualTo(expected);
  }
}
