package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.jakarta.validation.ValidEntity;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.EntityRecord;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityBodyProviderTest {
  private final EntityBodyProvider provider = new EntityBodyProvider();

  @SuppressWarnings("unused")
  void update(@ValidEntity("bookings") EntityRecord booking, @ValidEntity(value = "bookings",
      operation = Operation.CREATE) EntityRecord created, EntityRecord unnamed) {}

  private static Annotation[] parameter(int index) throws Exception {
    return EntityBodyProviderTest.class.getDeclaredMethod("update", EntityRecord.class, EntityRecord.class,
        EntityRecord.class).getParameterAnnotations()[index];
  }

  private EntityRecord read(int parameter, String body) throws Exception {
    return provider.readFrom(EntityRecord.class, EntityRecord.class, parameter(parameter),
        MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void onlyAParameterThatNamesItsEntityIsReadHere() throws Exception {
    assertThat(provider.isReadable(EntityRecord.class, EntityRecord.class, parameter(0), MediaType.APPLICATION_JSON_TYPE))
        .isTrue();
    assertThat(provider.isReadable(EntityRecord.class, EntityRecord.class, parameter(2), MediaType.APPLICATION_JSON_TYPE))
        .isFalse();
    assertThat(provider.isReadable(String.class, String.class, parameter(0), MediaType.APPLICATION_JSON_TYPE)).isFalse();
  }

  @Test
  void readsAWholeRecordOfTheNamedEntityWithoutValidatingIt() throws Exception {
    EntityRecord record = read(0, "{\"Id\":7,\"Notes\":\"window seat\"}");

    assertThat(record.entity().name()).isEqualTo("bookings");
    assertThat(record.id()).isEqualTo(7L);
    assertThat(record.value(record.entity().field("Notes"))).isEqualTo("window seat");
  }

  @Test
  void answersAnUnreadableBodyWith400AndTheMergedEnvelopeForTheOperation() {
    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> read(1, "{\"ResourceId\":\"12\",\"FromTime\":\"2026-12-07T09:00:00Z\"}"));

    assertThat(e.getResponse().getStatus()).isEqualTo(400);
    assertThat(e.getResponse().getEntity()).isEqualTo("{\"Message\":\"ResourceId: is not a valid integer\",\"Value\":null,"
        + "\"Errors\":[{\"AttemptedValue\":\"12\",\"Message\":\"is not a valid integer\",\"PropertyName\":\"ResourceId\"},"
        + "{\"AttemptedValue\":null,\"Message\":\"is a required field\",\"PropertyName\":\"ToTime\"}],"
        + "\"WasSuccessful\":false}");
    BadRequestException broken = catchThrowableOfType(BadRequestException.class, () -> read(0, "{\"Id\":"));
    assertThat(broken.getResponse().getEntity()).isEqualTo("{\"Message\":\"$: is not valid JSON (line 1, column 7)\","
        + "\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is not valid JSON (line 1, column 7)\","
        + "\"PropertyName\":\"$\"}],\"WasSuccessful\":false}");
  }
}
