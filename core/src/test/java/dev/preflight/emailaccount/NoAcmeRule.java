package dev.preflight.emailaccount;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.EmailAccountRule;
import dev.preflight.validation.spi.RuleContext;

/** A rule found through ServiceLoader in the tests (META-INF/services). */
public final class NoAcmeRule implements EmailAccountRule {
  /** For ServiceLoader and CDI. */
  public NoAcmeRule() {}

  @Override
  public String id() {
    return "no-acme";
  }

  @Override
  public void validate(EmailAccount account, RuleContext context) {
    String name = account.displayName();
    if (name != null && name.contains("ACME")) {
      context.report(Property.DISPLAY_NAME.wireName(), Property.DISPLAY_NAME.valueIn(account), "must not mention ACME");
    }
  }
}
