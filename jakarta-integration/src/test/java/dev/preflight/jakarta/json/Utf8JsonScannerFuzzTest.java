package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.validation.ReadResult;

/**
 * The byte-level fast path against the general one (strict decoding, then JSON-P) on any bytes: the
 * same record, the same errors in the same order, for a catalogue entity and for EmailAccount,
 * lenient and strict with small limits. The committed corpus holds well-formed records of both,
 * every escape, multi-byte and malformed UTF-8, numbers at the grammar's edges and nesting at the
 * depth limit.
 */
class Utf8JsonScannerFuzzTest {
  private static final JsonLimits SMALL = new JsonLimits(4096, 4, 16);
  private final BodyReader<ReadResult<EntityRecord>> bookings =
      new BodyReader<>(new RecordBinder(EntityCatalogue.standard().entity("bookings").orElseThrow(), JsonLimits.DEFAULTS, false));
  private final BodyReader<ReadResult<EntityRecord>> strictBookings =
      new BodyReader<>(new RecordBinder(EntityCatalogue.standard().entity("bookings").orElseThrow(), SMALL, true));
  private final BodyReader<ReadResult<EmailAccount>> accounts = new BodyReader<>(new EmailAccountBinder(JsonLimits.DEFAULTS, false));
  private final BodyReader<ReadResult<EmailAccount>> strictAccounts = new BodyReader<>(new EmailAccountBinder(SMALL, true));

  @FuzzTest(maxDuration = "60s")
  void bothPathsReadEveryBodyAlike(FuzzedDataProvider data) {
    int reader = data.consumeInt(0, 3);
    byte[] json = data.consumeRemainingAsBytes();
    switch (reader) {
      case 0 -> assertAlike(bookings, json);
      case 1 -> assertAlike(strictBookings, json);
      case 2 -> assertAlike(accounts, json);
      default -> assertAlike(strictAccounts, json);
    }
  }

  static <R> void assertAlike(BodyReader<ReadResult<R>> bodies, byte[] json) {
    ReadResult<R> fast = bodies.read(json);
    ReadResult<R> general = bodies.readDecoded(json, BodyReader.startsWithBom(json) ? BodyReader.UTF8_BOM.length : 0);
    if (json.length > bodies.binder().limits().maxBytes()) {
      return; // refused for its size before either path reads it
    }
    assertThat(fast.errors()).isEqualTo(general.errors());
    assertThat(fast.record()).isEqualTo(general.record());
  }
}
