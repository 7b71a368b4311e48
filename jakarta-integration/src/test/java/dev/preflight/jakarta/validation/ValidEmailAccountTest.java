package dev.preflight.jakarta.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code @ValidEmailAccount} under real Hibernate Validator 8. */
class ValidEmailAccountTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private final Validator validator = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static final class UpdateForm {
    @ValidEmailAccount final EmailAccount account;

    UpdateForm(EmailAccount account) {
      this.account = account;
    }
  }

  static final class CreateForm {
    @ValidEmailAccount(operation = Operation.CREATE) final EmailAccount account;

    CreateForm(EmailAccount account) {
      this.account = account;
    }
  }

  static final class MixedForm {
    @NotNull final String note;
    @ValidEmailAccount final EmailAccount account;

    MixedForm(String note, EmailAccount account) {
      this.note = note;
      this.account = account;
    }
  }

  @Test
  void validRecordHasNoViolations() {
    assertThat(validator.validate(new UpdateForm(Fixtures.validAccount()))).isEmpty();
    assertThat(validator.validate(new UpdateForm(null))).isEmpty();
  }

  @Test
  void eachCoreErrorIsAViolationNamedByTheWireProperty() {
    Set<ConstraintViolation<UpdateForm>> violations =
        validator.validate(new UpdateForm(Fixtures.validAccount().toBuilder().displayName(null).incomingServerPort(0).build()));

    assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("account.DisplayName", "is a required field"),
            org.assertj.core.groups.Tuple.tuple("account.IncomingServerPort", "must be between 1 and 65535"));
  }

  @Test
  void violationsConvertBackToTheExactEnvelopeInContractOrder() {
    EmailAccount account = Fixtures.seedCurlExample();
    ValidationResponse expected = EmailAccountValidator.standard().validate(account);

    for (int i = 0; i < 20; i++) {
      Set<ConstraintViolation<UpdateForm>> violations = validator.validate(new UpdateForm(account));
      assertThat(Violations.toResponse(violations)).isEqualTo(expected);
    }
  }

  @Test
  void createOperationDoesNotRequireId() {
    EmailAccount withoutId = Fixtures.validAccount().toBuilder().id(null).build();
    assertThat(validator.validate(new CreateForm(withoutId))).isEmpty();
    assertThat(validator.validate(new UpdateForm(withoutId))).hasSize(1);
  }

  @Test
  void otherConstraintsFollowThePreflightErrors() {
    Set<ConstraintViolation<MixedForm>> violations =
        validator.validate(new MixedForm(null, Fixtures.validAccount().toBuilder().displayName("").build()));

    assertThat(Violations.toResponse(violations).errors()).containsExactly(
        new ValidationError("DisplayName", "", "is a required field"),
        new ValidationError("note", null, "must not be null"));
  }

  @Test
  void secretsStayHiddenInViolationsAndEnvelopes() {
    EmailAccount account = Fixtures.fullAccount().toBuilder().googleAccessToken("ya29.sec\u0000ret").build();
    Set<ConstraintViolation<UpdateForm>> violations = validator.validate(new UpdateForm(account));

    assertThat(violations).hasSize(1);
    ConstraintViolation<UpdateForm> violation = violations.iterator().next();
    assertThat(violation.getMessage()).isEqualTo("must not contain control characters");
    assertThat(violation.getInvalidValue().toString()).doesNotContain("sec");
    assertThat(Violations.toResponse(violations).errors())
        .containsExactly(new ValidationError("GoogleAccessToken", "***", "must not contain control characters"));
  }

  @Test
  void messagesAreNeverInterpolated() {
    String nasty = "must match {regexp} and ${1+1} or \\d, #{x}";
    ConstraintViolation<UpdateForm> any =
        validator.validate(new UpdateForm(Fixtures.validAccount().toBuilder().displayName("").build())).iterator().next();
    MessageInterpolator.Context context = new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return any.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return any.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };

    String interpolated = FACTORY.getMessageInterpolator().interpolate(ResponseViolations.literal(nasty), context);

    assertThat(interpolated).isEqualTo(nasty);
  }

  @Test
  void exceptionMapperAnswers400WithTheEnvelope() {
    EmailAccount account = Fixtures.validAccount().toBuilder().displayName(null).build();
    Set<ConstraintViolation<UpdateForm>> violations = validator.validate(new UpdateForm(account));

    try (Response response = new ConstraintViolationExceptionMapper().toResponse(new ConstraintViolationException(violations))) {
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
      assertThat(response.getEntity()).isEqualTo(
          "{\"Message\":\"DisplayName: is a required field\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
              + "\"Message\":\"is a required field\",\"PropertyName\":\"DisplayName\"}],\"WasSuccessful\":false}");
    }
  }

  @Test
  void emptyViolationSetStillGivesAnEnvelope() {
    assertThat(EnvelopeJson.toJson(Violations.toResponse(List.of())))
        .isEqualTo("{\"Message\":\"$: is not valid\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,"
            + "\"Message\":\"is not valid\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}");
  }
}
