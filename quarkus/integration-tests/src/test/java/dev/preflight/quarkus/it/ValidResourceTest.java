package dev.preflight.quarkus.it;

import dev.preflight.it.ValidResourceScenarios;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** it-scenarios' Bean Validation scenarios on Quarkus: the route and the body reader answer in the server's words. */
@QuarkusTest
class ValidResourceTest {
  @TestHTTPResource("/mailboxes")
  URI mailboxes;

  private ValidResourceScenarios scenarios() {
    return new ValidResourceScenarios(mailboxes);
  }

  @Test
  void badRecordIsAnswered400WithTheExactEnvelopeInContractOrder() throws Exception {
    scenarios().badRecordIsAnswered400WithTheExactEnvelopeInContractOrder();
  }

  @Test
  void seedRequestWithoutDisplayNameGivesTheSeeds400Body() throws Exception {
    scenarios().seedRequestWithoutDisplayNameGivesTheSeeds400Body();
  }

  @Test
  void unreadableBodyIsAnswered400WithReadingAndValidationErrorsMerged() throws Exception {
    scenarios().unreadableBodyIsAnswered400WithReadingAndValidationErrorsMerged();
  }

  @Test
  void validRecordIsAccepted() throws Exception {
    scenarios().validRecordIsAccepted();
  }
}
