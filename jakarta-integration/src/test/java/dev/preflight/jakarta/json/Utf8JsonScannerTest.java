package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.validation.ReadResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path answers for well-formed records of the expected types, with what the general path
 * gives, and leaves everything else to the general path.
 */
class Utf8JsonScannerTest {
  private final BodyReader<ReadResult<EntityRecord>> bookings = new BodyReader<>(
      new RecordBinder(EntityCatalogue.standard().entity("bookings").orElseThrow(), new JsonLimits(4096, 4, 40), false));
  private final BodyReader<ReadResult<EmailAccount>> accounts = new BodyReader<>(new EmailAccountBinder(JsonLimits.DEFAULTS, false));

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Id\":1,\"ResourceId\":7,\"Notes\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u00e9\\uD83D\\uDE00\\uD800x\"}",
      " {\"Notes\" : \"é日本😀 ß\" , \"OverridePrice\":-0.5e+3,\"Repeats\":-0,\"Tentative\":null,\"ChargeNow\":true} \r\n\t",
      "{\"resourceid\":12345678901234567,\"Unknown\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},\"More\":[true,false,null,\"\\u0000\"]}",
      "{\"BookingProducts\":[{\"ProductId\":1},{}],\"BookingVisitors\":[],\"\\u0049d\":99999999999999999}",
      "{\"ToTime\":\"\",\"FromTime\":\"2026-12-07T09:00:00Z\",\"Id\":-9223372036854775808}",
      "{\"Id\":9223372036854775807,\"FloorPlanDeskId\":3,\"ExtraServiceId\":-1234567890123456789}",
      "\uFEFF{}"})
  void readsAWellFormedRecordAsTheGeneralPathDoes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    int start = BodyReader.startsWithBom(bytes) ? 3 : 0;

    ReadResult<EntityRecord> fast = bookings.readFast(bytes, start);

    ReadResult<EntityRecord> general = bookings.readDecoded(bytes, start);
    assertThat(general.errors()).isEmpty();
    assertThat(fast.record()).isEqualTo(general.record());
    assertThat(fast.errors()).isEmpty();
  }

  @Test
  void readsEscapedAndMultiByteTextToTheSameCharacters() {
    byte[] bytes = "{\"Notes\":\"\\u00e9\\uD83D\\uDE00 é😀\\\"\"}".getBytes(StandardCharsets.UTF_8);

    EntityRecord record = bookings.readFast(bytes, 0).record().orElseThrow();

    assertThat(record.value(record.entity().field("Notes"))).isEqualTo("é😀 é😀\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "[]", "\"x\"", "{", "{\"Notes\"}", "{\"Notes\":}", "{\"Notes\":\"x\",}", "{1:2}",
      "{\"Repeats\":01}", "{\"Repeats\":1.}", "{\"Repeats\":1e}", "{\"Repeats\":-}", "{\"ChargeNow\":tru}",
      "{\"ChargeNow\":falsey}", "{\"Notes\":\"\\x\"}", "{\"Notes\":\"\\u12\"}", "{\"Notes\":\"a\u0001b\"}", "{} x", "{}{}",
      "{\"Notes\":\"abc", "{\"Notes\":1}", "{\"Repeats\":\"1\"}", "{\"Repeats\":1.5}", "{\"ChargeNow\":1}",
      "{\"BookingProducts\":[1]}", "{\"BookingProducts\":{}}", "{\"Notes\":[]}", "{\"Notes\":\"x\",\"notes\":\"y\"}",
      "{\"Notes\":\"0123456789012345678901234567890123456789x\"}", "{\"Unknown\":[[[[1]]]]}", "{\"Repeats\":99999999999999999999}",
      "{\"Id\":9223372036854775808}", "{\"Id\":-9223372036854775809}", "{\"Id\":9999999999999999999}"})
  void leavesEverythingElseToTheGeneralPath(String json) {
    assertThatThrownBy(() -> bookings.readFast(json.getBytes(StandardCharsets.UTF_8), 0))
        .isSameAs(Utf8JsonScanner.NotRead.INSTANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0AF", "EDA080", "F5808080", "E697", "F4908080", "E08080", "80", "FF"})
  void leavesMalformedUtf8ToTheGeneralPath(String hex) {
    byte[] prefix = "{\"Notes\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + hex.length() / 2 + 2];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    for (int i = 0; i < hex.length() / 2; i++) {
      bytes[prefix.length + i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    bytes[bytes.length - 2] = '"';
    bytes[bytes.length - 1] = '}';

    assertThatThrownBy(() -> bookings.readFast(bytes, 0)).isSameAs(Utf8JsonScanner.NotRead.INSTANCE);
  }

  @Test
  void readsAnEmailAccountAsTheGeneralPathDoes() {
    byte[] bytes = ("{\"Id\":7,\"BusinessId\":9,\"DisplayName\":\"Desk\",\"IncomingServerPort\":993,\"IncomingServerSSL\":true,"
        + "\"emailaddress\":\"d@example.com\",\"Whatever\":[1],\"ReplyToEmail\":null}").getBytes(StandardCharsets.UTF_8);

    assertThat(accounts.readFast(bytes, 0).record()).isEqualTo(accounts.readDecoded(bytes, 0).record());
    assertThat(accounts.readFast(bytes, 0).record().orElseThrow().emailAddress()).isEqualTo("d@example.com");
  }
}
