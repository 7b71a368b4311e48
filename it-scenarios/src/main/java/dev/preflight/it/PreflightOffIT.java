package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.EmailAccountValidationException;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.it.app.EmailAccountService;
import dev.preflight.testing.NexudusSimulator;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With pre-flight switched off by configuration, the server's answer is the same exception and bytes. */
@ExtendWith(ArquillianExtension.class)
class PreflightOffIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("preflight.client.validate-before-send=false\n");
  }

  @Inject EmailAccountService service;
  @Inject NexudusSimulator simulator;

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  @Test
  void invalidRecordReachesTheServerAndComesBackByteIdentical() {
    EmailAccount invalid = Fixtures.seedCurlExample();
    String local = EnvelopeJson.toJson(EmailAccountValidator.standard().validate(invalid));

    EmailAccountValidationException e = assertThrows(EmailAccountValidationException.class, () -> service.save(invalid));

    assertEquals(EmailAccountValidationException.Origin.SERVER, e.origin());
    assertEquals(400, e.status());
    assertEquals(local, EnvelopeJson.toJson(e.response()));
    assertEquals(1, simulator.requestCount());
  }
}
