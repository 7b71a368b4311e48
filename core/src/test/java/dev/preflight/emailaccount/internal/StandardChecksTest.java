package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.emailaccount.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The unrolled standard path gives exactly what the generic mask engine gives. */
class StandardChecksTest {

  /** The generic engine: each property's enabled rules through {@link BuiltInChecks}. */
  private static List<ValidationError> generic(EmailAccount account) {
    List<ValidationError> errors = new ArrayList<>();
    for (Property property : Property.values()) {
      Object value = property.valueIn(account);
      String message = BuiltInChecks.firstFailure(StandardChecks.MASKS[property.ordinal()], property, value, account);
      if (message != null) {
        errors.add(ValidationError.of(property, value, message));
      }
    }
    return errors;
  }

  private static List<ValidationError> unrolled(EmailAccount account) {
    List<ValidationError> errors = StandardChecks.errors(account);
    return errors == null ? List.of() : errors;
  }

  @Test
  void theUnrolledPathImplementsExactlyTheRulesReach() {
    // Fails when a rule's appliesTo changes and StandardChecks does not follow (its table is literal).
    int[] live = new int[Property.values().length];
    for (Property property : Property.values()) {
      for (BuiltInRule rule : BuiltInRule.ALL) {
        if (rule.appliesTo(property, dev.preflight.emailaccount.validation.Operation.UPDATE)) {
          live[property.ordinal()] |= rule.bit();
        }
      }
    }
    assertThat(StandardChecks.MASKS).containsExactly(live);
    assertThat(StandardChecks.implement(live)).isTrue();
  }

  @Test
  void aMaskTheUnrolledPathDoesNotImplementTurnsItOff() {
    int[] edited = StandardChecks.MASKS.clone();
    edited[Property.DISPLAY_NAME.ordinal()] |= BuiltInRule.bitOf(MaxLengthRule.class);

    assertThat(StandardChecks.implement(edited)).isFalse();
  }

  @Test
  void everyRuleAppliesSomewhereInTheStandardMasks() {
    int all = 0;
    for (int mask : StandardChecks.MASKS) {
      all |= mask;
    }
    assertThat(all).isEqualTo((1 << BuiltInRule.ALL.size()) - 1);
  }

  @Test
  void agreesWithTheGenericEngineOnValidAndBrokenRecords() {
    RandomAccounts accounts = new RandomAccounts(99L);
    Random random = accounts.random();
    Object[] pool = {null, "", " ", "\t", "\u0000x", "x", "a@b.co", "bad@", "::1", "host name", "2025-01-15T10:30:00Z",
        "yesterday", "ü@例子.广告", "h".repeat(254), "e".repeat(250) + "@x.co", 0, -1, 1, 2, 4, 143, 465, 993, 65536,
        0L, -1L, 5L, true, false, "a\u0001@b.co", "a@b.c\u007fo", "ex\u0000ample.com", "bü\u0007cher.de", "\u3000",
        "\u00a0x@y.co", "a\u00ad".repeat(130) + ".de", "x@" + "a\u00ad".repeat(126) + ".de"};
    for (int i = 0; i < 20_000; i++) {
      EmailAccount.Builder builder = accounts.valid().toBuilder();
      int changes = random.nextInt(6);
      for (int c = 0; c < changes; c++) {
        Property property = Property.values()[random.nextInt(Property.values().length)];
        Object value = pool[random.nextInt(pool.length)];
        if (value == null || property.javaType().isInstance(value)) {
          builder.set(property, value);
        }
      }
      EmailAccount account = builder.build();
      assertThat(unrolled(account)).as(account.toString()).isEqualTo(generic(account));
    }
  }

  @Test
  void emptyRecordAgrees() {
    EmailAccount empty = EmailAccount.builder().build();
    assertThat(unrolled(empty)).isEqualTo(generic(empty)).hasSize(14);
  }
}
