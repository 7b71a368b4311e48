package dev.preflight.emailaccount;

import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.InputErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any reader hands over: reading errors merged with the validator's, a body error alone. */
class ReadResultTest {
  private static final EmailAccount EMPTY = EmailAccount.builder().build();

  @Test
  void aReadingErrorClosesItsPropertyAndTheRestIsValidatedInContractOrder() {
    ValidationError wrongType = InputErrors.wrongType(Property.INCOMING_SERVER_PORT.wireName(), "993", Property.INCOMING_SERVER_PORT.wrongTypeMessage());
    ReadResult<EmailAccount> read = ReadResult.of(EMPTY.toBuilder().id(5L).build(), List.of(wrongType));

    ValidationResponse response = read.validate(EmailAccountValidator.standard()::validate);

    assertThat(read.record()).isEmpty();
    assertThat(read.isBodyError()).isFalse();
    assertThat(response.errors()).filteredOn(e -> e.propertyName().equals("IncomingServerPort")).containsExactly(wrongType);
    assertThat(response.errors().get(0)).isEqualTo(new ValidationError("BusinessId", null, "is a required field"));
    assertThat(response.errors()).hasSize(13);
  }

  @Test
  void aWholeRecordIsHandedOutAndValidatedLikeAnyOther() {
    ReadResult<EmailAccount> read = ReadResult.of(EMPTY, List.of());

    assertThat(read.record()).contains(EMPTY);
    assertThat(read.validate(EmailAccountValidator.standard()::validate)).isEqualTo(EmailAccountValidator.standard().validate(EMPTY));
  }

  @Test
  void aBodyErrorStandsAlone() {
    ReadResult<EmailAccount> read = ReadResult.bodyError(InputErrors.notAnObject());

    assertThat(read.isBodyError()).isTrue();
    assertThat(read.record()).isEmpty();
    assertThat(read.validate(EmailAccountValidator.standard()::validate))
        .isEqualTo(ValidationResponse.failure(new ValidationError("$", null, "must be a JSON object")));
    assertThatThrownBy(() -> ReadResult.of(EMPTY, List.of(InputErrors.notAnObject())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an error about the whole body stands alone: use ReadResult.bodyError");
  }
}
