package dev.preflight.emailaccount;

import dev.preflight.validation.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.Property;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's rule table, one nested class per rule: a valid record with one property changed
 * gives exactly the expected error on that property, or none.
 */
class BuiltInRulesTest {
  private static final EmailAccountValidator VALIDATOR = EmailAccountValidator.standard();

  static List<ValidationError> errorsWith(Property property, @Nullable Object value) {
    return errorsOf(Fixtures.validAccount().toBuilder().set(property, value).build());
  }

  static List<ValidationError> errorsOf(EmailAccount account) {
    return VALIDATOR.validate(account).errors();
  }

  static void assertOnly(List<ValidationError> errors, Property property, @Nullable Object shown, String message) {
    assertThat(errors).containsExactly(new ValidationError(property.wireName(), shown, message));
  }

  @Nested
  class Required {
    static final String MESSAGE = "is a required field";

    @ParameterizedTest
    @EnumSource(value = Property.class, names = {
        "ID", "BUSINESS_ID", "DISPLAY_NAME", "EMAIL_ADDRESS", "INCOMING_SERVER", "INCOMING_SERVER_TYPE",
        "INCOMING_SERVER_PORT", "INCOMING_SERVER_USERNAME", "DELETE_MESSAGE_SETTINGS", "OUTGOING_SERVER",
        "OUTGOING_SERVER_PORT", "OUTGOING_SERVER_USERNAME", "LAST_MESSAGE_ID", "ERROR_COUNT"})
    void rejectsMissingRequiredProperty(Property property) {
      assertOnly(errorsWith(property, null), property, null, MESSAGE);
    }

    @ParameterizedTest
    @EnumSource(value = Property.class, names = {
        "ACTIVE", "SEND_NOTIFICATION_ON_NEW_MESSAGES", "NOTIFICATION_EMAIL_ADDRESS", "REPLY_TO_EMAIL",
        "LAST_CHECK_TIME", "GOOGLE_ACCESS_TOKEN", "OFFICE365_ACCESS_TOKEN"})
    void acceptsMissingOptionalProperty(Property property) {
      assertThat(errorsOf(Fixtures.fullAccount().toBuilder().set(property, null)
          .sendNotificationOnNewMessages(null).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\r\n", "\u000b\f", "\u00a0", "\u2007", "\u202f", "\u3000",
        "\u2028", "\u0085", " \u00a0 "})
    void rejectsBlankStrings(String blank) {
      assertOnly(errorsWith(Property.DISPLAY_NAME, blank), Property.DISPLAY_NAME, blank, MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", " x ", "\u200b", "0"})
    void acceptsNonBlankStrings(String value) {
      assertThat(errorsWith(Property.DISPLAY_NAME, value)).isEmpty();
    }

    @Test
    void rejectsIdAndBusinessIdZero() {
      assertOnly(errorsWith(Property.ID, 0L), Property.ID, 0L, MESSAGE);
      assertOnly(errorsWith(Property.BUSINESS_ID, 0L), Property.BUSINESS_ID, 0L, MESSAGE);
    }

    @Test
    void rejectsEnumCodesZero() {
      assertOnly(errorsWith(Property.INCOMING_SERVER_TYPE, 0), Property.INCOMING_SERVER_TYPE, 0, MESSAGE);
      assertOnly(errorsWith(Property.DELETE_MESSAGE_SETTINGS, 0), Property.DELETE_MESSAGE_SETTINGS, 0, MESSAGE);
    }

    @Test
    void acceptsCountersZero() {
      assertThat(errorsWith(Property.LAST_MESSAGE_ID, 0)).isEmpty();
      assertThat(errorsWith(Property.ERROR_COUNT, 0)).isEmpty();
    }

    @Test
    void missingEmailIsReportedOnce() {
      assertOnly(errorsWith(Property.EMAIL_ADDRESS, null), Property.EMAIL_ADDRESS, null, MESSAGE);
    }

    @Test
    void blankTabIsRequiredNotAControlCharacter() {
      assertOnly(errorsWith(Property.DISPLAY_NAME, "\t"), Property.DISPLAY_NAME, "\t", MESSAGE);
    }
  }

  @Nested
  class PositiveId {
    @ParameterizedTest
    @CsvSource({
      "ID, -1, must be greater than 0",
      "ID, -9223372036854775808, must be greater than 0",
      "ID, 1, ",
      "ID, 9223372036854775807, ",
      "BUSINESS_ID, -1, must be greater than 0",
      "BUSINESS_ID, 1, "
    })
    void checksIdsAreNotNegative(Property property, long value, @Nullable String message) {
      List<ValidationError> errors = errorsWith(property, value);
      if (message == null) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, property, value, message);
      }
    }
  }

  @Nested
  class NonNegative {
    @ParameterizedTest
    @CsvSource({
      "LAST_MESSAGE_ID, -1, must be greater than or equal to 0",
      "LAST_MESSAGE_ID, -2147483648, must be greater than or equal to 0",
      "LAST_MESSAGE_ID, 0, ",
      "LAST_MESSAGE_ID, 2147483647, ",
      "ERROR_COUNT, -1, must be greater than or equal to 0",
      "ERROR_COUNT, 1, "
    })
    void checksCountersAreNotNegative(Property property, int value, @Nullable String message) {
      List<ValidationError> errors = errorsWith(property, value);
      if (message == null) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, property, value, message);
      }
    }
  }

  @Nested
  class PortRange {
    @ParameterizedTest
    @CsvSource({
      "0, must be between 1 and 65535",
      "-1, must be between 1 and 65535",
      "1, ",
      "587, ",
      "65535, ",
      "65536, must be between 1 and 65535",
      "2147483647, must be between 1 and 65535"
    })
    void checksPortsAreWithin1And65535(int port, @Nullable String message) {
      for (Property property : List.of(Property.INCOMING_SERVER_PORT, Property.OUTGOING_SERVER_PORT)) {
        List<ValidationError> errors = errorsWith(property, port);
        if (message == null) {
          assertThat(errors).as(property.wireName()).isEmpty();
        } else {
          assertOnly(errors, property, port, message);
        }
      }
    }
  }

  @Nested
  class EnumCode {
    @ParameterizedTest
    @CsvSource({"1, true", "2, false", "-1, false", "99, false"})
    void incomingServerTypeMustBeImap(int code, boolean valid) {
      List<ValidationError> errors = errorsWith(Property.INCOMING_SERVER_TYPE, code);
      if (valid) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, Property.INCOMING_SERVER_TYPE, code, "must be one of: 1 (Imap)");
      }
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "3, true", "4, false", "-3, false", "2147483647, false"})
    void deleteMessageSettingsMustBeAKnownPolicy(int code, boolean valid) {
      List<ValidationError> errors = errorsWith(Property.DELETE_MESSAGE_SETTINGS, code);
      if (valid) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, Property.DELETE_MESSAGE_SETTINGS, code,
            "must be one of: 1 (DontDelete), 2 (DeleteOnReceive), 3 (DeleteWhenDeleting)");
      }
    }
  }

  @Nested
  class NoControlCharacters {
    static final String MESSAGE = "must not contain control characters";

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001", "line\nbreak", "tab\tinside", "\u001fx", "del\u007f"})
    void rejectsControlCharactersInEveryStringProperty(String value) {
      for (Property property : List.of(Property.DISPLAY_NAME, Property.INCOMING_SERVER_USERNAME,
          Property.OUTGOING_SERVER_USERNAME, Property.REPLY_TO_EMAIL, Property.LAST_CHECK_TIME)) {
        assertOnly(errorsWith(property, value), property, value, MESSAGE);
      }
    }

    @Test
    void reportsASecretWithControlCharactersWithoutShowingIt() {
      assertOnly(errorsWith(Property.GOOGLE_ACCESS_TOKEN, "tok\u0000en"), Property.GOOGLE_ACCESS_TOKEN, "***", MESSAGE);
      assertThat(errorsWith(Property.OFFICE365_ACCESS_TOKEN, "tok\nen").get(0).attemptedValue()).isEqualTo("***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00e9", "\u0080 is C1, not in the contract", "emoji \ud83d\ude00"})
    void acceptsOtherCharacters(String value) {
      assertThat(errorsWith(Property.DISPLAY_NAME, value)).isEmpty();
    }
  }

  @Nested
  class MaxLength {
    /** 64 + 1 + 189 = 254 characters, every label at most 63. */
    static final String EMAIL_254 =
        "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
    /** 3 * (63 + 1) + 61 = 253 characters. */
    static final String HOST_253 = ("h".repeat(63) + ".").repeat(3) + "h".repeat(61);

    @Test
    void acceptsEmailOf254Characters() {
      assertThat(EMAIL_254).hasSize(254);
      assertThat(errorsWith(Property.EMAIL_ADDRESS, EMAIL_254)).isEmpty();
    }

    @Test
    void rejectsEmailOf255Characters() {
      String email = EMAIL_254 + "d";
      for (Property property : List.of(Property.EMAIL_ADDRESS, Property.NOTIFICATION_EMAIL_ADDRESS, Property.REPLY_TO_EMAIL)) {
        assertOnly(errorsWith(property, email), property, email, "must be at most 254 characters");
      }
    }

    @Test
    void acceptsHostOf253AndRejectsHostOf254Characters() {
      assertThat(HOST_253).hasSize(253);
      assertThat(errorsWith(Property.INCOMING_SERVER, HOST_253)).isEmpty();
      String longer = HOST_253 + "h";
      assertOnly(errorsWith(Property.OUTGOING_SERVER, longer), Property.OUTGOING_SERVER, longer,
          "must be at most 253 characters");
    }
  }

  @Nested
  class EmailFormat {
    @ParameterizedTest
    @ValueSource(strings = {"frontdesk", "a@b", "@example.com", "a@@example.com", "a b@example.com"})
    void rejectsMalformedAddresses(String email) {
      for (Property property : List.of(Property.EMAIL_ADDRESS, Property.NOTIFICATION_EMAIL_ADDRESS, Property.REPLY_TO_EMAIL)) {
        assertOnly(errorsWith(property, email), property, email, "is not a valid email address");
      }
    }

    @Test
    void blankOptionalAddressIsNotMyBusiness() {
      assertThat(errorsWith(Property.REPLY_TO_EMAIL, " ")).isEmpty();
      assertThat(errorsWith(Property.NOTIFICATION_EMAIL_ADDRESS, "")).isEmpty();
    }
  }

  @Nested
  class HostName {
    @ParameterizedTest
    @ValueSource(strings = {"imaps://imap.example.com", "imap.example.com:993", "imap example.com", "-imap.example.com"})
    void rejectsWhatIsNotAHost(String host) {
      for (Property property : List.of(Property.INCOMING_SERVER, Property.OUTGOING_SERVER)) {
        assertOnly(errorsWith(property, host), property, host, "is not a valid host name");
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "imap.example.com", "192.0.2.10", "[2001:db8::1]", "mail.bücher.de"})
    void acceptsHosts(String host) {
      assertThat(errorsWith(Property.INCOMING_SERVER, host)).isEmpty();
    }
  }

  @Nested
  class DateTime {
    @ParameterizedTest
    @ValueSource(strings = {"2025-01-15T10:30:00Z", "2025-01-15T10:30:00", "2025-01-15T10:30:00.1234567+02:00"})
    void acceptsIsoDateTimes(String value) {
      assertThat(errorsWith(Property.LAST_CHECK_TIME, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-01-15", "15/01/2025 10:30", "2025-02-30T10:30:00Z"})
    void rejectsOtherText(String value) {
      assertOnly(errorsWith(Property.LAST_CHECK_TIME, value), Property.LAST_CHECK_TIME, value,
          "is not a valid date and time");
    }

    @Test
    void blankIsReadAsAbsent() {
      assertThat(errorsWith(Property.LAST_CHECK_TIME, "")).isEmpty();
    }
  }

  @Nested
  class NotificationAddress {
    static final String MESSAGE = "is required when SendNotificationOnNewMessages is enabled";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
      "true, null, true",
      "true, '', true",
      "true, '  ', true",
      "true, alerts@example.com, false",
      "false, null, false",
      "null, null, false"
    })
    void requiresAnAddressOnlyWhenNotifying(@Nullable Boolean send, @Nullable String address, boolean fails) {
      EmailAccount account = Fixtures.validAccount().toBuilder()
          .sendNotificationOnNewMessages(send).notificationEmailAddress(address).build();
      List<ValidationError> errors = errorsOf(account);
      if (fails) {
        assertOnly(errors, Property.NOTIFICATION_EMAIL_ADDRESS, address, MESSAGE);
      } else {
        assertThat(errors).isEmpty();
      }
    }

    @Test
    void invalidAddressWhileNotifyingIsAFormatError() {
      EmailAccount account = Fixtures.validAccount().toBuilder()
          .sendNotificationOnNewMessages(true).notificationEmailAddress("alerts").build();
      assertOnly(errorsOf(account), Property.NOTIFICATION_EMAIL_ADDRESS, "alerts", "is not a valid email address");
    }
  }

  @Nested
  class SslPortCoherence {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
      "993, true, ",
      "993, false, must be enabled when IncomingServerPort is 993",
      "993, null, must be enabled when IncomingServerPort is 993",
      "143, true, must be disabled when IncomingServerPort is 143",
      "143, false, ",
      "143, null, ",
      "1143, true, ",
      "1143, false, "
    })
    void incomingSslMatchesTheImapPorts(int port, @Nullable Boolean ssl, @Nullable String message) {
      EmailAccount account = Fixtures.validAccount().toBuilder().incomingServerPort(port).incomingServerSSL(ssl).build();
      List<ValidationError> errors = errorsOf(account);
      if (message == null) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, Property.INCOMING_SERVER_SSL, ssl, message);
      }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
      "465, true, ",
      "465, false, must be enabled when OutgoingServerPort is 465",
      "465, null, must be enabled when OutgoingServerPort is 465",
      "587, false, ",
      "25, true, "
    })
    void outgoingSslMatchesTheSmtpsPort(int port, @Nullable Boolean ssl, @Nullable String message) {
      EmailAccount account = Fixtures.validAccount().toBuilder().outgoingServerPort(port).outgoingServerSSL(ssl).build();
      List<ValidationError> errors = errorsOf(account);
      if (message == null) {
        assertThat(errors).isEmpty();
      } else {
        assertOnly(errors, Property.OUTGOING_SERVER_SSL, ssl, message);
      }
    }

    @Test
    void missingPortIsReportedOnlyAsRequired() {
      EmailAccount account = Fixtures.validAccount().toBuilder().incomingServerPort(null).incomingServerSSL(false).build();
      assertOnly(errorsOf(account), Property.INCOMING_SERVER_PORT, null, "is a required field");
    }
  }
}
