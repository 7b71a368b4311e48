package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.validation.ReadResult;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.internal.CatalogueValidator;
import dev.preflight.validation.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Bookings: every rule of docs/catalogue.md's "Reading", with the exact envelope. */
class RecordReaderTest {
  private static final Entity BOOKINGS = EntityCatalogue.standard().entity("bookings").orElseThrow();
  private static final String VALID = "{\"Id\":7,\"ResourceId\":12,\"FromTime\":\"2026-12-07T09:00:00Z\","
      + "\"ToTime\":\"2026-12-07T10:00:00Z\"";

  private final RecordReader<EntityRecord> reader = RecordReader.standard(BOOKINGS);
  private final Validator validator = CatalogueValidator.of(BOOKINGS, Operation.UPDATE, List.of());

  private String envelope(String json) {
    return EnvelopeJson.toJson(reader.read(json).validate(validator::validate));
  }

  private List<ValidationError> errors(String json) {
    return reader.read(json).validate(validator::validate).errors();
  }

  private static String bodyError(String message) {
    return "{\"Message\":\"$: " + message + "\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\""
        + message + "\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}";
  }

  @Test
  void aValidBookingIsAnsweredAsTheServerWould() {
    assertThat(envelope(VALID + "}"))
        .isEqualTo("{\"Message\":\"Booking was successfully updated.\",\"Value\":{\"Id\":7},\"Errors\":null,"
            + "\"WasSuccessful\":true}");
    assertThat(EnvelopeJson.toJson(reader.read("{\"ResourceId\":12,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\"}").validate(validator.forOperation(Operation.CREATE)::validate)))
        .isEqualTo("{\"Message\":\"Booking was successfully created.\",\"Value\":null,\"Errors\":null,"
            + "\"WasSuccessful\":true}");
  }

  @Test
  void namesAreMatchedIgnoringCaseAndUnknownMembersAreKeptByName() {
    ReadResult<EntityRecord> result = reader.read("{\"id\":7,\"RESOURCEID\":12,\"fromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\",\"OverridePrice\":12.5,\"Colour\":\"red\",\"Nested\":{\"a\":[1]}}");

    EntityRecord record = result.record().orElseThrow();
    assertThat(record.id()).isEqualTo(7L);
    assertThat(record.value(BOOKINGS.field("ResourceId"))).isEqualTo(12L);
    assertThat(record.value(BOOKINGS.field("FromTime"))).isEqualTo("2026-12-07T09:00:00Z");
    assertThat(record.value(BOOKINGS.field("OverridePrice"))).isEqualTo(new BigDecimal("12.5"));
    assertThat(record.unknownMembers()).containsExactly("Colour", "Nested");
    assertThat(result.validate(validator::validate).wasSuccessful()).isTrue();
  }

  @Test
  void aMissingRequiredFieldIsReportedInTheServersWords() {
    assertThat(envelope("{\"Id\":7,\"ResourceId\":0,\"FromTime\":\" \"}"))
        .isEqualTo("{\"Message\":\"ResourceId: is a required field\",\"Value\":null,\"Errors\":["
            + "{\"AttemptedValue\":0,\"Message\":\"is a required field\",\"PropertyName\":\"ResourceId\"},"
            + "{\"AttemptedValue\":\" \",\"Message\":\"is a required field\",\"PropertyName\":\"FromTime\"},"
            + "{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"ToTime\"}],"
            + "\"WasSuccessful\":false}");
  }

  @Test
  void eachWrongJsonTypeGetsItsFieldTypesMessage() {
    assertThat(errors(VALID + ",\"CoworkerId\":\"12\",\"Notes\":5,\"ChargeNow\":\"yes\",\"OverridePrice\":\"x\","
        + "\"KisiKeyId\":3000000000,\"LastNotificationTime\":20261207,\"BookingProducts\":{},\"RepeatEvery\":1.5,"
        + "\"Reminded\":null}")).containsExactly(
            new ValidationError("CoworkerId", "12", "is not a valid integer"),
            new ValidationError("Notes", 5L, "is not a valid string"),
            new ValidationError("ChargeNow", "yes", "is not a valid boolean"),
            new ValidationError("LastNotificationTime", 20261207L, "is not a valid date and time"),
            new ValidationError("RepeatEvery", new BigDecimal("1.5"), "is not a valid integer"),
            new ValidationError("OverridePrice", "x", "is not a valid number"),
            new ValidationError("KisiKeyId", 3000000000L, "is not a valid integer"),
            new ValidationError("BookingProducts", null, "is not a valid array"));
  }

  @Test
  void theIdMustBeAnInteger() {
    assertThat(errors("{\"Id\":\"7\",\"ResourceId\":12,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\"}"))
        .containsExactly(new ValidationError("Id", "7", "is not a valid integer"));
  }

  @Test
  void aChildCollectionIsAnArrayOfObjects() {
    EntityRecord record = reader.read(VALID + ",\"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2},{\"ProductId\":3}],"
        + "\"BookingVisitors\":[]}").record().orElseThrow();
    assertThat(record.value(BOOKINGS.field("BookingProducts"))).isEqualTo(2);
    assertThat(record.value(BOOKINGS.field("BookingVisitors"))).isEqualTo(0);

    assertThat(errors(VALID + ",\"BookingProducts\":[{\"ProductId\":1},7]}"))
        .containsExactly(new ValidationError("BookingProducts", null, "is not a valid array"));
  }

  @Test
  void anEnumCodeOutOfTheListIsReportedWithTheList() {
    assertThat(errors(VALID + ",\"WhichBookingsToUpdate\":9}")).containsExactly(new ValidationError(
        "WhichBookingsToUpdate", 9L, "must be one of: 1 (UpdateThisBookingOnly), 2 (UpdateFutureBookingsOnly), "
            + "3 (UpdateAllBookings), 4 (UpdateNotChargedBookings), 5 (DeleteAllBookings), 6 (DeleteBookingsAfterThis), "
            + "7 (DeleteNotChargedBookings), 8 (RevertAllCharges)"));
    assertThat(errors(VALID + ",\"WhichBookingsToUpdate\":3}")).isEmpty();
  }

  @Test
  void aDuplicateIsReportedOnceWithTheSecondValueAndItsFieldIsNotCheckedFurther() {
    assertThat(errors(VALID + ",\"resourceId\":0,\"RESOURCEID\":5}"))
        .containsExactly(new ValidationError("ResourceId", 0L, "is specified more than once"));
  }

  @Test
  void strictModeReportsUnknownMembersWithoutTheirValues() {
    RecordReader<EntityRecord> strict = RecordReader.of(BOOKINGS, JsonLimits.DEFAULTS, true);
    assertThat(strict.read(VALID + ",\"Password\":\"s3cret\"}").validate(validator::validate).errors())
        .containsExactly(new ValidationError("Password", null, "is not a known field"));
  }

  @Test
  void aSecretIsNeverEchoedWhateverGoesWrongWithIt() {
    Entity accounts = EntityCatalogue.standard().entity("emailaccounts").orElseThrow();
    RecordReader<EntityRecord> small = RecordReader.of(accounts, new JsonLimits(4096, 8, 8), false);
    Validator validator = CatalogueValidator.of(accounts, Operation.UPDATE, List.of());

    assertThat(small.read("{\"Id\":7,\"GoogleAccessToken\":5,\"office365AccessToken\":\"t0ken\","
        + "\"Office365AccessToken\":\"t0ken-two\"}").validate(validator::validate).errors())
        .contains(
            new ValidationError("GoogleAccessToken", "***", "is not a valid string"),
            new ValidationError("Office365AccessToken", "***", "is specified more than once"));
    assertThat(small.read("{\"Id\":7,\"GoogleAccessToken\":\"a-long-secret\"}").validate(validator::validate).errors())
        .contains(new ValidationError("GoogleAccessToken", "***", "must be at most 8 characters"));
  }

  @Test
  void theLimitsAreTheEmailAccountReaders() {
    RecordReader<EntityRecord> small = RecordReader.of(BOOKINGS, new JsonLimits(120, 3, 8), false);
    assertThat(EnvelopeJson.toJson(small.read(VALID + ",\"Notes\":\"" + "n".repeat(200) + "\"}").validate(validator::validate)))
        .isEqualTo(bodyError("must be at most 120 bytes"));
    assertThat(EnvelopeJson.toJson(small.read("{\"Id\":7,\"X\":[[[1]]]}").validate(validator::validate)))
        .isEqualTo(bodyError("is nested too deeply"));
    assertThat(small.read("{\"Id\":7,\"Notes\":\"ninechars\"}").validate(validator::validate).errors()).containsExactly(
        new ValidationError("ResourceId", null, "is a required field"),
        new ValidationError("FromTime", null, "is a required field"),
        new ValidationError("ToTime", null, "is a required field"),
        new ValidationError("Notes", "ninechars", "must be at most 8 characters"));
  }

  @Test
  void aBodyThatIsNotOneObjectIsABodyError() {
    assertThat(envelope("[1]")).isEqualTo(bodyError("must be a JSON object"));
    assertThat(envelope("{\"Id\": 7,")).isEqualTo(bodyError("is not valid JSON (line 1, column 10)"));
    assertThat(envelope(VALID + "} {}")).isEqualTo(bodyError("is not valid JSON (line 1, column 92)"));
    assertThat(EnvelopeJson.toJson(reader.read(new byte[] {'{', '"', 'N', (byte) 0xC3, '"', ':', '1', '}'})
        .validate(validator::validate))).isEqualTo(bodyError("is not valid JSON (line 1, column 4)"));
  }

  @Test
  void anArrayIsReadElementByElement() throws Exception {
    List<ReadResult<EntityRecord>> results = new ArrayList<>();
    boolean complete = reader.readArray(new ByteArrayInputStream(("[" + VALID + "}, 3, {\"Id\":8}]")
        .getBytes(StandardCharsets.UTF_8)), results::add);

    assertThat(complete).isTrue();
    assertThat(results).hasSize(3);
    assertThat(results.get(0).validate(validator::validate).wasSuccessful()).isTrue();
    assertThat(results.get(1).errors()).containsExactly(new ValidationError("$", null, "must be a JSON object"));
    assertThat(results.get(2).validate(validator::validate).message()).isEqualTo("ResourceId: is a required field");
  }
}
