package dev.preflight.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client scenarios every runtime passes, as JUnit 5 tests a runtime's test class inherits by
 * implementing this interface and saying where its injected beans are ({@link #scenarios()}): the
 * Arquillian test in Liberty, WildFly and Payara ({@link ClientRoundTripIT}), the Quarkus test.
 */
public interface ClientContract {

  /** The scenarios over this runtime's injected beans. */
  ClientScenarios scenarios();

  @BeforeEach
  default void resetTheSimulator() {
    scenarios().reset();
  }

  @Test
  default void validUpdateRoundTripsAndAnswersTheSeeds200Shape() {
    scenarios().validUpdateRoundTripsAndAnswersTheSeeds200Shape();
  }

  @Test
  default void invalidUpdateIsRejectedLocallyWithTheExactEnvelope() {
    scenarios().invalidUpdateIsRejectedLocallyWithTheExactEnvelope();
  }

  @Test
  default void missingWrongAndRoleLessTokensAreAuthenticationErrors() {
    scenarios().missingWrongAndRoleLessTokensAreAuthenticationErrors();
  }

  @Test
  default void unknownRecordIsNotFound() {
    scenarios().unknownRecordIsNotFound();
  }

  @Test
  default void conflictAndTooManyRequestsCarryRetryAfter() {
    scenarios().conflictAndTooManyRequestsCarryRetryAfter();
  }

  @Test
  default void htmlServerErrorIsAServerException() {
    scenarios().htmlServerErrorIsAServerException();
  }

  @Test
  default void readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte() {
    scenarios().readModifyWriteKeepsEveryMemberTheServerHoldsByteForByte();
  }

  @Test
  default void aStalledBodyEndsTypedAtTheDeadline() {
    scenarios().aStalledBodyEndsTypedAtTheDeadline();
  }

  @Test
  default void batchReadsCommandsAndDeletesGoThroughTheEntitiesClient() {
    scenarios().batchReadsCommandsAndDeletesGoThroughTheEntitiesClient();
  }

  @Test
  default void aListFilteredByARelationSelectsItsRecordsAndAMisspeltFilterIsNotSent() {
    scenarios().aListFilteredByARelationSelectsItsRecordsAndAMisspeltFilterIsNotSent();
  }

  @Test
  default void aBookingAndACoworkerGoThroughTheTypedViews() {
    scenarios().aBookingAndACoworkerGoThroughTheTypedViews();
  }
}
