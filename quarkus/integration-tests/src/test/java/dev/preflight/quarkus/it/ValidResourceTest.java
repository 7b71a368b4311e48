package dev.preflight.quarkus.it;

import dev.preflight.it.ValidResourceContract;
import dev.preflight.it.ValidResourceScenarios;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/** it-scenarios' Bean Validation scenarios on Quarkus: the route and the body reader answer in the server's words. */
@QuarkusTest
class ValidResourceTest implements ValidResourceContract {
  @TestHTTPResource("/mailboxes")
  URI mailboxes;

  @Override
  public ValidResourceScenarios scenarios() {
    return new ValidResourceScenarios(mailboxes);
  }
}
