package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ValidationError;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.it.app.NoExampleOrgRule;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A rule bean deployed with the application joins the validator; configuration disables a built-in one. */
@ExtendWith(ArquillianExtension.class)
class CustomRuleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("preflight.rules.disabled=ssl-port-coherence\n", NoExampleOrgRule.class);
  }

  @Inject EmailAccountValidator validator;
  @Inject EmailAccountService service;

  @Test
  void deployedRuleBeanChangesTheResult() {
    EmailAccount account = Fixtures.validAccount().toBuilder().emailAddress("desk@example.org").build();

    assertEquals(List.of(new ValidationError("EmailAddress", "desk@example.org", NoExampleOrgRule.MESSAGE)),
        validator.validate(account).errors());
    assertEquals(validator.validate(account), service.check(account));
    assertTrue(EmailAccountValidator.standard().validate(account).wasSuccessful());
  }

  @Test
  void ruleDisabledByConfigurationStopsReporting() {
    EmailAccount incoherent = Fixtures.validAccount().toBuilder().incomingServerSSL(false).build();

    assertTrue(validator.validate(incoherent).wasSuccessful());
    assertFalse(validator.ruleIds().contains("ssl-port-coherence"));
    assertFalse(EmailAccountValidator.standard().validate(incoherent).wasSuccessful());
  }
}
