package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.RandomRecords;
import dev.preflight.entities.Application;
import dev.preflight.entities.Booking;
import dev.preflight.entities.BookingProduct;
import dev.preflight.entities.Entities;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated model through JSON, on the generated corpora (random bodies of every entity, half
 * of them invalid): the typed route's envelope is the JSON door's, a model's own JSON is the body it
 * was read from, and a typed document writes back every byte it did not change.
 */
class EveryModelJsonTest {
  private static final int BODIES = 40;

  @TestFactory
  Stream<DynamicTest> theTypedRouteGivesTheJsonDoorsEnvelopeAndLosesNoByte() {
    return Entities.all().stream().map(type -> DynamicTest.dynamicTest(type.entity().name(), () -> {
      RandomRecords random = new RandomRecords(type.entity().name().hashCode());
      RecordReader<? extends EntityModel> models = RecordReader.standard(type);
      for (int i = 0; i < BODIES; i++) {
        String body = random.body(type.entity());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (Operation operation : List.of(Operation.CREATE, Operation.UPDATE)) {
          if (!type.entity().supports(operation)) {
            continue;
          }
          JsonValidator door = JsonValidators.standard().validator(type.entity().name(), operation);
          ReadResult<? extends EntityModel> typed = models.read(bytes);
          ValidationResponse typedVerdict = typed.map(EntityModel::toRecord).validate(door.validator()::validate);
          assertThat(typedVerdict).as(body).isEqualTo(door.validate(bytes));
          typed.record().ifPresent(model -> assertThat(door.validator().validate(model.toRecord()))
              .as(body).isEqualTo(door.validate(bytes)));
        }
        Optional<? extends ModelDocument<? extends EntityModel>> document =
            ModelDocument.read(JsonValidators.standard().validator(type.entity().name(), Operation.UPDATE), cast(type), bytes);
        models.read(bytes).record().ifPresent(model -> {
          assertThat(document).as(body).isPresent();
          assertThat(document.get().toJson()).isEqualTo(body);
          assertThat(document.get().model()).isEqualTo(model);
          if (!body.contains(":null")) {
            assertThat(model.toJson()).as("the model's own JSON").isEqualTo(body);
          }
        });
      }
    }));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ModelType<EntityModel> cast(ModelType<?> type) {
    return (ModelType) type;
  }

  @Test
  void aChangeIsWrittenInItsPlaceAndEveryOtherByteStays() {
    String received = "{ \"Id\" : 1001, \"ResourceId\":12, \"notes\":\"old\", \"OverridePrice\":12.500,"
        + " \"ResourceName\":\"Room 1\", \"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2,\"ProductName\":\"Tea\"}],"
        + " \"FromTime\":\"2026-12-07T09:00:00Z\" }";
    JsonValidator door = JsonValidators.standard().validator("bookings", Operation.UPDATE);
    ModelDocument<Booking> document = ModelDocument.read(door, Booking.TYPE, received.getBytes(StandardCharsets.UTF_8))
        .orElseThrow();
    assertThat(document.toJson()).isEqualTo(received);
    assertThat(document.model().notes()).isEqualTo("old");
    assertThat(document.model().overridePrice()).isEqualByComparingTo("12.5");
    assertThat(document.model().bookingProducts()).singleElement()
        .satisfies(product -> assertThat(product.quantity()).isEqualTo(2));
    assertThat(document.otherMemberNames()).containsExactly("ResourceName");
    assertThat(document.model().otherMembers()).containsExactly(java.util.Map.entry("ResourceName", "Room 1"));
    assertThat(document.model().bookingProducts().get(0).otherMembers())
        .containsExactly(java.util.Map.entry("ProductName", "Tea"));
    assertThat(document.model().toJson()).isEqualTo("{\"Id\":1001,\"ResourceId\":12,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"Notes\":\"old\",\"OverridePrice\":12.500,\"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2,"
        + "\"ProductName\":\"Tea\"}],\"ResourceName\":\"Room 1\"}");
    ModelDocument<Booking> renamed = document.with(booking -> (Booking) booking.toBuilder()
        .otherMember("ResourceName", "Room 2").otherMember("Colour", "blue").build());
    assertThat(renamed.toJson()).isEqualTo(received.replace("\"Room 1\"", "\"Room 2\"").replace(" }", " ,\"Colour\":\"blue\"}"));

    ModelDocument<Booking> changed = document.with(booking -> booking.withNotes("new \"one\"").withToTime(
        "2026-12-07T10:00:00Z").withOverridePrice(document.model().overridePrice()));
    assertThat(changed.toJson()).isEqualTo("{ \"Id\" : 1001, \"ResourceId\":12, \"notes\":\"new \\\"one\\\"\","
        + " \"OverridePrice\":12.500, \"ResourceName\":\"Room 1\", \"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2,"
        + "\"ProductName\":\"Tea\"}], \"FromTime\":\"2026-12-07T09:00:00Z\" ,\"ToTime\":\"2026-12-07T10:00:00Z\"}");

    ModelDocument<Booking> products = document.with(booking -> booking.withBookingProducts(
        List.of(BookingProduct.builder().productId(3L).build())).withResourceId(null));
    assertThat(products.toJson()).isEqualTo("{ \"Id\" : 1001, \"ResourceId\":null, \"notes\":\"old\", \"OverridePrice\":12.500,"
        + " \"ResourceName\":\"Room 1\", \"BookingProducts\":[{\"ProductId\":3}],"
        + " \"FromTime\":\"2026-12-07T09:00:00Z\" }");
  }

  @Test
  void aModelAloneIsItsOwnJsonAndItsToStringHidesSecrets() {
    Application application = Application.builder().name("Portal").secretKey("s3cr3t").developerId(4L).build();
    ModelDocument<Application> document = ModelDocument.of(application);
    assertThat(document.toJson()).isEqualTo("{\"DeveloperId\":4,\"Name\":\"Portal\",\"SecretKey\":\"s3cr3t\"}");
    assertThat(document.toString()).doesNotContain("s3cr3t")
        .isEqualTo("ModelDocument[Application[DeveloperId=4, Name=Portal, SecretKey=***], otherMembers=[]]");
  }

  @Test
  void theTypedReaderKeepsEveryElementOfAList() {
    String body = "{\"Id\":9,\"Tariffs\":[1,-2,3.50,1e2,\"x\",true,null,[],{\"k\":[1.0]}]}";
    RecordReader<dev.preflight.entities.Resource> reader = RecordReader.standard(dev.preflight.entities.Resource.TYPE);
    dev.preflight.entities.Resource fast = reader.read(body.getBytes(StandardCharsets.UTF_8)).record().orElseThrow();
    dev.preflight.entities.Resource general = reader.read(body).record().orElseThrow();
    assertThat(fast).isEqualTo(general);
    assertThat(fast.tariffs()).hasSize(9);
    assertThat(fast.toJson()).isEqualTo("{\"Id\":9,\"Tariffs\":[1,-2,3.50,1E+2,\"x\",true,null,[],{\"k\":[1.0]}]}");
    EntityRecord record = RecordReader.standard(fast.modelType().entity()).read(body).record().orElseThrow();
    assertThat(fast.toRecord().value(record.entity().field("Tariffs"))).isEqualTo(9);
  }

  @Test
  void aReadingErrorIsTheRecordsAndNoModelIsMade() {
    Entity bookings = Booking.TYPE.entity();
    String body = "{\"Id\":\"one\",\"ResourceId\":12,\"BookingProducts\":{\"ProductId\":1}}";
    ReadResult<Booking> typed = RecordReader.standard(Booking.TYPE).read(body);
    assertThat(typed.record()).isEmpty();
    assertThat(typed.errors()).isEqualTo(RecordReader.standard(bookings).read(body).errors()).hasSize(2);
  }
}
