package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.catalogue.Operation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic path runs every row of the catalogue, and each row's check says only that row's words. */
class BuiltInChecksTest {

  @Test
  void everyRowOfTheCatalogueIsCheckedAndReportsOnlyItsOwnMessages() {
    BrokenAccounts accounts = new BrokenAccounts(7L);
    Set<BuiltInRule> failed = EnumSet.noneOf(BuiltInRule.class);
    for (int i = 0; i < 5_000; i++) {
      EmailAccount account = accounts.next();
      for (BuiltInRule rule : BuiltInRule.ALL) {
        for (Property property : Property.values()) {
          if (rule.appliesTo(property, Operation.UPDATE)) {
            String message = BuiltInChecks.firstFailure(rule.bit(), property, property.valueIn(account), account);
            if (message != null) {
              assertThat(rule.messages(property)).as(rule + " on " + property).contains(message);
              failed.add(rule);
            }
          }
        }
      }
    }
    assertThat(failed).containsExactlyInAnyOrderElementsOf(BuiltInRule.ALL);
  }

  @Test
  void aMaskWithoutRulesChecksNothing() {
    EmailAccount empty = EmailAccount.builder().build();
    for (Property property : Property.values()) {
      assertThat(BuiltInChecks.firstFailure(0, property, null, empty)).isNull();
    }
  }
}
