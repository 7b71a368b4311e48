package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.EmailAccountRule;
import dev.preflight.validation.spi.RuleContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A user rule deployed with the application: CDI discovery adds it to the validator. */
@ApplicationScoped
public class NoExampleOrgRule implements EmailAccountRule {
  public static final String MESSAGE = "must not be an example.org address";

  @Override
  public String id() {
    return "no-example-org";
  }

  @Override
  public void validate(EmailAccount account, RuleContext context) {
    String address = account.emailAddress();
    if (address != null && address.endsWith("@example.org")) {
      context.report(Property.EMAIL_ADDRESS.wireName(), address, MESSAGE);
    }
  }
}
