package dev.preflight.it;

import org.junit.jupiter.api.Test;

/**
 * The {@code @Valid} resource scenarios every runtime passes, over real HTTP from outside, as JUnit
 * 5 tests inherited by implementing this interface: {@link ValidResourceIT} on the Arquillian
 * servers, the Quarkus test.
 */
public interface ValidResourceContract {

  /** The scenarios against this runtime's deployed resource. */
  ValidResourceScenarios scenarios();

  @Test
  default void badRecordIsAnswered400WithTheExactEnvelopeInContractOrder() throws Exception {
    scenarios().badRecordIsAnswered400WithTheExactEnvelopeInContractOrder();
  }

  @Test
  default void seedRequestWithoutDisplayNameGivesTheSeeds400Body() throws Exception {
    scenarios().seedRequestWithoutDisplayNameGivesTheSeeds400Body();
  }

  @Test
  default void unreadableBodyIsAnswered400WithReadingAndValidationErrorsMerged() throws Exception {
    scenarios().unreadableBodyIsAnswered400WithReadingAndValidationErrorsMerged();
  }

  @Test
  default void validRecordIsAccepted() throws Exception {
    scenarios().validRecordIsAccepted();
  }

  @Test
  default void badTypedBookingIsAnswered400WithTheJsonDoorsEnvelope() throws Exception {
    scenarios().badTypedBookingIsAnswered400WithTheJsonDoorsEnvelope();
  }

  @Test
  default void goodTypedBookingReachesTheResourceAsTheModel() throws Exception {
    scenarios().goodTypedBookingReachesTheResourceAsTheModel();
  }
}
