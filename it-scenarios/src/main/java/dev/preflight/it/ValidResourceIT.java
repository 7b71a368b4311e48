package dev.preflight.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** From outside, over real HTTP: a {@code @Valid} resource answers exactly like Nexudus ({@link ValidResourceScenarios}). */
@ExtendWith(ArquillianExtension.class)
class ValidResourceIT implements ValidResourceContract {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application("");
  }

  @ArquillianResource URL base;

  @Override
  public ValidResourceScenarios scenarios() {
    return new ValidResourceScenarios(URI.create(base + "mailboxes"));
  }
}
