package dev.preflight.emailaccount;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.RuleContext;

/**
 * A {@link Rule} of your own for EmailAccounts, written against the typed {@link EmailAccount}: it
 * applies to {@code emailaccounts} and sees each record through {@link EmailAccount#from}. It is an
 * ordinary {@code Rule}: registered, discovered and ordered like any other.
 */
public interface EmailAccountRule extends Rule {

  /** Reports the account's problems, if any, to {@code context}. Must not throw. */
  void validate(EmailAccount account, RuleContext context);

  @Override
  default boolean appliesTo(String entityName) {
    return entityName.equalsIgnoreCase(EmailAccountRecords.ENTITY_NAME);
  }

  @Override
  default void validate(EntityRecord record, RuleContext context) {
    validate(EmailAccount.from(record), context);
  }
}
