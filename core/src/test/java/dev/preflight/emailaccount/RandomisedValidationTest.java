package dev.preflight.emailaccount;

import dev.preflight.validation.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.RandomAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Seeded random records: valid ones pass, one broken property gives exactly one error on it. */
class RandomisedValidationTest {
  private static final int RECORDS = 5_000;
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  @Test
  void generatedValidRecordsHaveNoErrors() {
    RandomAccounts accounts = new RandomAccounts(20261121L);
    for (int i = 0; i < RECORDS; i++) {
      EmailAccount account = accounts.valid();
      assertThat(validator.validate(account).errors()).as(account.toString()).isEmpty();
    }
  }

  @Test
  void breakingOnePropertyGivesExactlyOneErrorOnThatProperty() {
    RandomAccounts accounts = new RandomAccounts(42L);
    Random random = accounts.random();
    int broken = 0;
    for (int i = 0; i < RECORDS; i++) {
      EmailAccount account = accounts.valid();
      Property property = Property.values()[random.nextInt(Property.values().length)];
      List<Object> badValues = badValues(property, account);
      if (badValues.isEmpty()) {
        continue;
      }
      Object bad = badValues.get(random.nextInt(badValues.size()));
      EmailAccount changed = account.toBuilder().set(property, bad == NULL ? null : bad).build();

      List<ValidationError> errors = validator.validate(changed).errors();

      assertThat(errors).as("%s = %s in %s", property, bad, account).hasSize(1);
      assertThat(errors.get(0).propertyName()).isEqualTo(property.wireName());
      broken++;
    }
    assertThat(broken).isGreaterThan(RECORDS / 2);
  }

  @Test
  void arbitraryRecordsNeverMakeARuleThrowAndErrorsStayInOrder() {
    Random random = new Random(7L);
    Object[] pool = {null, "", " ", "\u0000", "x", "a@b.co", "::1", "2025-01-15T10:30:00Z", "ü@例子.广告",
        "\"\"@x.y", "[", "@", ".", "-", "9".repeat(300), 0, -1, 1, 143, 465, 993, 65536, Integer.MIN_VALUE,
        0L, -1L, Long.MIN_VALUE, true, false};
    for (int i = 0; i < RECORDS; i++) {
      EmailAccount.Builder builder = EmailAccount.builder();
      for (Property property : Property.values()) {
        Object value = pool[random.nextInt(pool.length)];
        if (value == null || property.javaType().isInstance(value)) {
          builder.set(property, value);
        }
      }
      List<ValidationError> errors = validator.validate(builder.build()).errors();
      List<Integer> positions = new ArrayList<>();
      for (ValidationError error : errors) {
        positions.add(Property.fromWireName(error.propertyName()).ordinal());
      }
      assertThat(positions).isSorted().doesNotHaveDuplicates();
    }
  }

  private static final Object NULL = new Object();

  /** Values that break only {@code property} in a valid {@code account}; empty if none can. */
  private static List<Object> badValues(Property property, EmailAccount account) {
    return switch (property) {
      case ID, BUSINESS_ID -> List.of(NULL, 0L, -1L, Long.MIN_VALUE);
      case INCOMING_SERVER_TYPE -> List.of(NULL, 0, 2, -1);
      case DELETE_MESSAGE_SETTINGS -> List.of(NULL, 0, 4, Integer.MAX_VALUE);
      case INCOMING_SERVER_PORT, OUTGOING_SERVER_PORT -> List.of(NULL, 0, -1, 65536);
      case LAST_MESSAGE_ID, ERROR_COUNT -> List.of(NULL, -1, Integer.MIN_VALUE);
      case DISPLAY_NAME, INCOMING_SERVER_USERNAME, OUTGOING_SERVER_USERNAME ->
          List.of(NULL, "", "  ", "tab\there", "nul\u0000");
      case EMAIL_ADDRESS -> List.of(NULL, "", "no-at-sign", "a@b", "a@@b.co", "x".repeat(255));
      case REPLY_TO_EMAIL -> List.of("no-at-sign", "a@b", "x\u0007@b.co");
      case NOTIFICATION_EMAIL_ADDRESS ->
          Boolean.TRUE.equals(account.sendNotificationOnNewMessages()) ? List.of(NULL, "", "bad") : List.of("bad");
      case INCOMING_SERVER, OUTGOING_SERVER -> List.of(NULL, "", "imap example.com", "http://x.y", "h".repeat(254));
      case LAST_CHECK_TIME -> List.of("yesterday", "2025-02-30T00:00:00Z");
      case GOOGLE_ACCESS_TOKEN, OFFICE365_ACCESS_TOKEN -> List.of("tok\u0000en");
      case INCOMING_SERVER_SSL -> sslBreaker(account.incomingServerPort(), 993, 143);
      case OUTGOING_SERVER_SSL -> sslBreaker(account.outgoingServerPort(), 465, -1);
      case ACTIVE, SEND_NOTIFICATION_ON_NEW_MESSAGES -> List.of();
    };
  }

  private static List<Object> sslBreaker(@Nullable Integer port, int sslPort, int plainPort) {
    if (port != null && port == sslPort) {
      return List.of(false, NULL);
    }
    return port != null && port == plainPort ? List.of(true) : List.of();
  }
}
