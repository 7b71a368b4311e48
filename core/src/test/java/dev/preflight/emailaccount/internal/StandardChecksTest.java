package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unrolled standard path gives exactly what the generic mask engine gives. */
class StandardChecksTest {

  /** The generic engine: each property's enabled rules through {@link BuiltInChecks}. */
  private static List<ValidationError> generic(EmailAccount account) {
    return generic(account, StandardChecks.MASKS);
  }

  private static List<ValidationError> generic(EmailAccount account, int[] masks) {
    List<ValidationError> errors = new ArrayList<>();
    for (Property property : Property.values()) {
      Object value = property.valueIn(account);
      String message = BuiltInChecks.firstFailure(masks[property.ordinal()], property, value, account);
      if (message != null) {
        errors.add(new ValidationError(property.wireName(), value, message));
      }
    }
    return errors;
  }

  private static List<ValidationError> unrolled(EmailAccount account) {
    return unrolled(account, true);
  }

  private static List<ValidationError> unrolled(EmailAccount account, boolean requireId) {
    List<ValidationError> errors = StandardChecks.errors(account, requireId);
    return errors == null ? List.of() : errors;
  }

  @Test
  void theUnrolledPathImplementsExactlyTheRulesReach() {
    // Fails when a rule's appliesTo changes and StandardChecks does not follow (its table is literal).
    int[] live = new int[Property.values().length];
    for (Property property : Property.values()) {
      for (BuiltInRule rule : BuiltInRule.ALL) {
        if (rule.appliesTo(property, dev.preflight.catalogue.Operation.UPDATE)) {
          live[property.ordinal()] |= rule.bit();
        }
      }
    }
    assertThat(StandardChecks.MASKS).containsExactly(live);
    assertThat(StandardChecks.implement(live)).isTrue();
  }

  @Test
  void theUnrolledPathImplementsExactlyTheRulesReachForCreate() {
    int[] live = new int[Property.values().length];
    for (Property property : Property.values()) {
      for (BuiltInRule rule : BuiltInRule.ALL) {
        if (rule.appliesTo(property, dev.preflight.catalogue.Operation.CREATE)) {
          live[property.ordinal()] |= rule.bit();
        }
      }
    }
    assertThat(StandardChecks.CREATE_MASKS).containsExactly(live);
    assertThat(StandardChecks.implement(live)).isTrue();
    assertThat(StandardChecks.requiresId(live)).isFalse();
    assertThat(StandardChecks.requiresId(StandardChecks.MASKS)).isTrue();
  }

  @Test
  void agreesWithTheGenericEngineForCreate() {
    BrokenAccounts accounts = new BrokenAccounts(98L);
    for (int i = 0; i < 20_000; i++) {
      EmailAccount account = accounts.next();
      assertThat(unrolled(account, false)).as(account.toString()).isEqualTo(generic(account, StandardChecks.CREATE_MASKS));
    }
    EmailAccount empty = EmailAccount.builder().build();
    assertThat(unrolled(empty, false)).isEqualTo(generic(empty, StandardChecks.CREATE_MASKS)).hasSize(13);
  }

  @Test
  void aMaskTheUnrolledPathDoesNotImplementTurnsItOff() {
    int[] edited = StandardChecks.MASKS.clone();
    edited[Property.DISPLAY_NAME.ordinal()] |= BuiltInRule.MAX_LENGTH.bit();

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
    BrokenAccounts accounts = new BrokenAccounts(99L);
    for (int i = 0; i < 20_000; i++) {
      EmailAccount account = accounts.next();
      assertThat(unrolled(account)).as(account.toString()).isEqualTo(generic(account));
    }
  }

  @Test
  void emptyRecordAgrees() {
    EmailAccount empty = EmailAccount.builder().build();
    assertThat(unrolled(empty)).isEqualTo(generic(empty)).hasSize(14);
  }
}
