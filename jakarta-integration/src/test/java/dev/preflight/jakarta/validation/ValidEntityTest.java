package dev.preflight.jakarta.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code @ValidEntity} under real Hibernate Validator 8, on fields and on a resource method's parameter. */
class ValidEntityTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final RecordReader<EntityRecord> BOOKINGS = RecordReader.standard(
      EntityCatalogue.standard().entity("bookings").orElseThrow());
  private static final String TIMES = "\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\"";
  private final Validator validator = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static EntityRecord booking(String json) {
    return BOOKINGS.read(json).record().orElseThrow();
  }

  static final class UpdateForm {
    @ValidEntity("bookings") final EntityRecord booking;

    UpdateForm(EntityRecord booking) {
      this.booking = booking;
    }
  }

  static final class CreateForm {
    @ValidEntity(value = "Bookings", operation = Operation.CREATE) final EntityRecord booking;

    CreateForm(EntityRecord booking) {
      this.booking = booking;
    }
  }

  static final class MisnamedForm {
    @ValidEntity("bookingz") final EntityRecord booking;

    MisnamedForm(EntityRecord booking) {
      this.booking = booking;
    }
  }

  public static class BookingResource {
    public void update(@ValidEntity("bookings") EntityRecord booking) {}
  }

  @Test
  void aValidRecordAndNullHaveNoViolations() {
    assertThat(validator.validate(new UpdateForm(booking("{\"Id\":7,\"ResourceId\":12," + TIMES + "}")))).isEmpty();
    assertThat(validator.validate(new UpdateForm(null))).isEmpty();
  }

  @Test
  void theOperationDecidesWhetherTheIdIsRequired() {
    EntityRecord withoutId = booking("{\"ResourceId\":12," + TIMES + "}");
    assertThat(validator.validate(new CreateForm(withoutId))).isEmpty();
    assertThat(validator.validate(new UpdateForm(withoutId)))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("booking.Id", "is a required field"));
  }

  @Test
  void violationsConvertBackToTheExactEnvelopeInTheValidatorsOrder() {
    EntityRecord record = booking("{\"Id\":7,\"ToTime\":\"soon\",\"WhichBookingsToUpdate\":9}");
    String expected = EnvelopeJson.toJson(Validators.standard().validator("bookings", Operation.UPDATE)
        .validate(record));

    for (int i = 0; i < 10; i++) {
      Set<ConstraintViolation<UpdateForm>> violations = validator.validate(new UpdateForm(record));
      assertThat(EnvelopeJson.toJson(Violations.toResponse(violations))).isEqualTo(expected);
    }
    assertThat(expected).isEqualTo("{\"Message\":\"ResourceId: is a required field\",\"Value\":null,\"Errors\":["
        + "{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"ResourceId\"},"
        + "{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"FromTime\"},"
        + "{\"AttemptedValue\":\"soon\",\"Message\":\"is not a valid date and time\",\"PropertyName\":\"ToTime\"},"
        + "{\"AttemptedValue\":9,\"Message\":\"must be one of: 1 (UpdateThisBookingOnly), 2 (UpdateFutureBookingsOnly), "
        + "3 (UpdateAllBookings), 4 (UpdateNotChargedBookings), 5 (DeleteAllBookings), 6 (DeleteBookingsAfterThis), "
        + "7 (DeleteNotChargedBookings), 8 (RevertAllCharges)\",\"PropertyName\":\"WhichBookingsToUpdate\"}],"
        + "\"WasSuccessful\":false}");
  }

  @Test
  void aResourceParameterIsValidatedAndMappedTo400() throws Exception {
    Method update = BookingResource.class.getMethod("update", EntityRecord.class);
    Set<ConstraintViolation<BookingResource>> violations = validator.forExecutables()
        .validateParameters(new BookingResource(), update, new Object[] {booking("{\"Id\":7,\"ResourceId\":12}")});

    try (Response response = new ConstraintViolationExceptionMapper().toResponse(
        new ConstraintViolationException(violations))) {
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getEntity()).isEqualTo("{\"Message\":\"FromTime: is a required field\",\"Value\":null,"
          + "\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"FromTime\"},"
          + "{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"ToTime\"}],"
          + "\"WasSuccessful\":false}");
    }
  }

  @Test
  void aRecordOfAnotherEntityIsOneViolation() {
    EntityRecord country = RecordReader.standard(EntityCatalogue.standard().entity("countries").orElseThrow())
        .read("{\"Id\":3}").record().orElseThrow();

    assertThat(Violations.toResponse(validator.validate(new UpdateForm(country))).errors())
        .containsExactly(new ValidationError("booking", null, "must be a record of bookings, not of countries"));
  }

  @Test
  void anEntityNameTheCatalogueDoesNotHoldFailsNamingIt() {
    assertThatThrownBy(() -> validator.validate(new MisnamedForm(booking("{\"Id\":7}"))))
        .isInstanceOf(ValidationException.class)
        .hasRootCauseMessage("no entity named 'bookingz' in the catalogue of "
            + EntityCatalogue.standard().entities().size() + " entities (./preflight entities lists them)");
  }
}
