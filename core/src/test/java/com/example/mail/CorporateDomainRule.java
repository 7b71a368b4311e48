package com.example.mail;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.RuleDescription;
import dev.preflight.emailaccount.EmailAccountRule;
import dev.preflight.validation.spi.RuleContext;
import java.util.List;

/** Our mailboxes live on example.com: a reply-to elsewhere is a mistake. */
public final class CorporateDomainRule implements EmailAccountRule {
  static final String MESSAGE = "must be an address at example.com";

  @Override
  public String id() {
    return "corporate-domain";
  }

  @Override
  public void validate(EmailAccount account, RuleContext context) {
    String replyTo = account.replyToEmail();
    if (replyTo != null && !replyTo.toLowerCase(java.util.Locale.ROOT).endsWith("@example.com")) {
      context.report(Property.REPLY_TO_EMAIL.wireName(), Property.REPLY_TO_EMAIL.valueIn(account), MESSAGE);
    }
  }

  @Override
  public List<RuleDescription> descriptions() {
    return List.of(new RuleDescription(id(), List.of(Property.REPLY_TO_EMAIL.wireName()), MESSAGE));
  }
}
