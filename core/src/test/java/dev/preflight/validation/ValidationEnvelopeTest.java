package dev.preflight.validation;

import dev.preflight.catalogue.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.emailaccount.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationEnvelopeTest {

  @Test
  void errorsCompareTheirNumbersByValueWhateverTheJavaType() {
    ValidationError local = new ValidationError("IncomingServerPort", 99999, "must be between 1 and 65535");
    ValidationError server = new ValidationError("IncomingServerPort", 99999L, "must be between 1 and 65535");
    ValidationError decimal = new ValidationError("IncomingServerPort", new BigDecimal("99999.0"), "must be between 1 and 65535");
    ValidationError big = new ValidationError("IncomingServerPort", java.math.BigInteger.valueOf(99999), "must be between 1 and 65535");

    assertThat(local).isEqualTo(server).isEqualTo(decimal).isEqualTo(big).hasSameHashCodeAs(server)
        .hasSameHashCodeAs(decimal).hasSameHashCodeAs(big);
    assertThat(ValidationResponse.failure(List.of(local))).isEqualTo(ValidationResponse.failure(List.of(server)));
    assertThat(local).isNotEqualTo(new ValidationError("IncomingServerPort", 99998L, "must be between 1 and 65535"))
        .isNotEqualTo(new ValidationError("IncomingServerPort", "99999", "must be between 1 and 65535"));
  }

  @Test
  void failureSummaryIsTheFirstError() {
    ValidationResponse response =
        ValidationResponse.failure(
            List.of(new ValidationError("DisplayName", null, "is a required field"),
                new ValidationError("IncomingServerPort", 0, "must be between 1 and 65535")));
    assertThat(response.message()).isEqualTo("DisplayName: is a required field");
    assertThat(response.value()).isNull();
    assertThat(response.wasSuccessful()).isFalse();
  }

  @Test
  void failureNeedsAnError() {
    assertThatThrownBy(() -> ValidationResponse.failure(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSuccessHasNoErrorsAndMayHaveNoId() {
    ValidationResponse created = ValidationResponse.success("EmailAccount is valid for create; nothing was sent.", null);
    assertThat(created.wasSuccessful()).isTrue();
    assertThat(created.errors()).isEmpty();
    assertThat(created.value()).isNull();
    assertThat(ValidationResponse.success(Operation.UPDATE.successMessage("EmailAccount"), new RecordId(7)))
        .isEqualTo(ValidationResponse.success("EmailAccount was successfully updated.", new RecordId(7)));
  }

  @Test
  void aServersRejectionKeepsItsWordsAndMayNameNoProperty() {
    ValidationResponse inUse = ValidationResponse.rejection("This email account is in use.", List.of());
    assertThat(inUse.message()).isEqualTo("This email account is in use.");
    assertThat(inUse.errors()).isEmpty();
    assertThat(inUse.value()).isNull();
    assertThat(inUse.wasSuccessful()).isFalse();
  }

  @Test
  void aFailuresMessageIsNeverBlank() {
    assertThatThrownBy(() -> ValidationResponse.rejection(" ", List.of(new ValidationError("Id", null, "m"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failure's message is never blank");
    assertThatThrownBy(() -> ValidationResponse.rejection(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message == null");
  }

  @Test
  void envelopesAreEqualByWhatTheySay() {
    List<ValidationError> errors = List.of(new ValidationError("DisplayName", null, "is a required field"));
    assertThat(ValidationResponse.failure(errors))
        .isEqualTo(ValidationResponse.rejection("DisplayName: is a required field", errors))
        .hasSameHashCodeAs(ValidationResponse.rejection("DisplayName: is a required field", errors))
        .isNotEqualTo(ValidationResponse.rejection("DisplayName is missing", errors))
        .hasToString("ValidationResponse[message=DisplayName: is a required field, value=null, errors=["
            + "ValidationError[propertyName=DisplayName, attemptedValue=null, message=is a required field]], wasSuccessful=false]");
  }

  @Test
  void errorsCannotBeChangedAfterwards() {
    List<ValidationError> errors = new ArrayList<>(List.of(new ValidationError("Id", null, "m")));
    ValidationResponse response = ValidationResponse.failure(errors);
    errors.clear();
    assertThat(response.errors()).hasSize(1);
    assertThatThrownBy(() -> response.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void secretValuesAreRedactedWhoeverBuildsTheError() {
    assertThat(new ValidationError("GoogleAccessToken", "ya29.token", "m").attemptedValue()).isEqualTo("***");
    assertThat(new ValidationError("OFFICE365ACCESSTOKEN", "token", "m").attemptedValue()).isEqualTo("***");
    assertThat(new ValidationError("GoogleAccessToken", null, "m").attemptedValue()).isNull();
    assertThat(new ValidationError(Property.GOOGLE_ACCESS_TOKEN.wireName(), "t", "m").toString()).doesNotContain("=t,");
  }

  @Test
  void attemptedValuesAreJsonScalars() {
    assertThat(new ValidationError("Id", new BigDecimal("1.5"), "m").attemptedValue()).isEqualTo(new BigDecimal("1.5"));
    assertThatThrownBy(() -> new ValidationError("Id", List.of(1), "m"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inputErrorsUseTheContractsWords() {
    assertThat(InputErrors.notJson(3, 7)).isEqualTo(new ValidationError("$", null, "is not valid JSON (line 3, column 7)"));
    assertThat(InputErrors.notAnObject()).isEqualTo(new ValidationError("$", null, "must be a JSON object"));
    assertThat(InputErrors.tooLarge(1_048_576)).isEqualTo(new ValidationError("$", null, "must be at most 1048576 bytes"));
    assertThat(InputErrors.nestedTooDeeply()).isEqualTo(new ValidationError("$", null, "is nested too deeply"));
    assertThat(InputErrors.wrongType(Property.ID.wireName(), "12", Property.ID.wrongTypeMessage())).isEqualTo(new ValidationError("Id", "12", "is not a valid integer"));
    assertThat(InputErrors.wrongType(Property.ACTIVE.wireName(), 1, Property.ACTIVE.wrongTypeMessage())).isEqualTo(new ValidationError("Active", 1, "is not a valid boolean"));
    assertThat(InputErrors.wrongType(Property.LAST_CHECK_TIME.wireName(), 5, Property.LAST_CHECK_TIME.wrongTypeMessage()))
        .isEqualTo(new ValidationError("LastCheckTime", 5, "is not a valid date and time"));
    assertThat(InputErrors.wrongType(Property.DISPLAY_NAME.wireName(), true, Property.DISPLAY_NAME.wrongTypeMessage()))
        .isEqualTo(new ValidationError("DisplayName", true, "is not a valid string"));
    assertThat(InputErrors.duplicate(Property.ID.wireName(), 2L)).isEqualTo(new ValidationError("Id", 2L, "is specified more than once"));
    assertThat(InputErrors.unknownProperty("Colour")).isEqualTo(new ValidationError("Colour", null, "is not a known field"));
  }

  @Test
  void overLongStringsEchoTheirFirst64Characters() {
    String value = "x".repeat(64) + "tail";
    assertThat(InputErrors.stringTooLong(Property.DISPLAY_NAME.wireName(), value, 65536))
        .isEqualTo(new ValidationError("DisplayName", "x".repeat(64) + "…", "must be at most 65536 characters"));
    assertThat(InputErrors.stringTooLong(Property.GOOGLE_ACCESS_TOKEN.wireName(), value, 65536).attemptedValue()).isEqualTo("***");
  }
}
