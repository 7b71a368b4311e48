package dev.preflight.emailaccount;

import dev.preflight.catalogue.WireNames;

import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Any record the fuzzer builds: validation never throws, gives the same answer twice, keeps the
 * contract's order, and never shows an access token.
 */
class EmailAccountValidatorFuzzTest {
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  @FuzzTest(maxDuration = "30s")
  void anyRecordValidatesWithoutThrowingInContractOrder(FuzzedDataProvider data) {
    EmailAccount.Builder builder = EmailAccount.builder();
    for (Property property : Property.values()) {
      if (data.consumeBoolean()) {
        continue;
      }
      Object value;
      if (property.javaType() == Long.class) {
        value = data.consumeLong();
      } else if (property.javaType() == Integer.class) {
        value = data.consumeInt();
      } else if (property.javaType() == Boolean.class) {
        value = data.consumeBoolean();
      } else {
        value = data.consumeString(300);
      }
      builder.set(property, value);
    }
    EmailAccount account = builder.build();

    ValidationResponse response = validator.validate(account);

    assertThat(validator.validate(account)).isEqualTo(response);
    List<Integer> positions = new ArrayList<>();
    for (ValidationError error : response.errors()) {
      positions.add(Property.fromWireName(error.propertyName()).ordinal());
    }
    assertThat(positions).isSorted().doesNotHaveDuplicates();
    assertThat(response.wasSuccessful()).isEqualTo(response.errors().isEmpty());
    for (ValidationError error : response.errors()) {
      if (Property.fromWireName(error.propertyName()).secret()) {
        assertThat(error.attemptedValue()).isIn(null, WireNames.REDACTED);
      }
    }
  }
}
