package dev.preflight.benchmarks;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.Validators;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.Validator;
import dev.preflight.catalogue.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalogue-driven engine against the flagship in one run, on records already read: a full valid
 * Booking (every one of its 51 fields and the Id) and the same with three errors, against the full
 * valid EmailAccount (23 properties) through the hand-tuned fast path, each with its if-chain as
 * the floor (from JSON bytes: {@link JsonPathBenchmark}). Per-field figures divide by 52 and 23
 * (docs/performance.md). Setup checks that both records are valid and complete.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EntityBenchmark {
  /** A valid full Booking: a value of its type for every field (the first code of an enum). */
  static final String BOOKING = """
      {"Id":1001,"ResourceId":12,"FloorPlanDeskId":3,"CoworkerId":42,"ExtraServiceId":5,
      "FromTime":"2026-12-07T09:00:00Z","ToTime":"2026-12-07T10:00:00Z","Notes":"window seat",
      "InternalNotes":"vip","ChargeNow":true,"InvoiceNow":false,"InvoiceThisCoworker":true,
      "DoNotUseBookingCredit":false,"PurchaseOrder":"PO-1","DiscountCode":"WINTER",
      "LastNotificationTime":"2026-12-06T09:00:00Z","GoogleCalendarId":"g1","GoogleEventId":"e1",
      "Office365EventId":"o1","PublicGoogleEventId":"p1","Tentative":false,"TeamsAtBooking":"Blue",
      "TariffAtBooking":"Hot desk","RepeatSeriesUniqueId":"a1b2","RepeatBooking":false,"Repeats":2,
      "WhichBookingsToUpdate":1,"RepeatEvery":1,"RepeatUntil":"2027-01-07T10:00:00Z",
      "RepeatOnMondays":true,"RepeatOnTuesdays":false,"RepeatOnWednesdays":false,
      "RepeatOnThursdays":false,"RepeatOnFridays":false,"RepeatOnSaturdays":false,
      "RepeatOnSundays":false,"Reminded":false,"MrmReminded":false,"OverridePrice":12.50,
      "KisiKeyId":7,"StartScheduledJobId":"s1","EndScheduledJobId":"s2","Billed":false,
      "FromTimeLocal":"2026-12-07T10:00:00+01:00","ToTimeLocal":"2026-12-07T11:00:00+01:00",
      "InvoiceDateLocal":"2026-12-07T11:00:00+01:00","CoworkerExtraServicePrice":20.00,
      "IncludeZoomInvite":false,"ZoomEventData":"{}","Office365AdminEventId":"o2",
      "BookingProducts":[{"ProductId":1,"Quantity":2}],"BookingVisitors":[{"VisitorFullName":"Ada"}]}""";

  /** The full Booking with three errors: ResourceId missing, Repeats 12, LastNotificationTime "yesterday". */
  static final String INVALID_BOOKING = BOOKING.replace("\"ResourceId\":12,", "")
      .replace("\"Repeats\":2,", "\"Repeats\":12,")
      .replace("\"LastNotificationTime\":\"2026-12-06T09:00:00Z\"", "\"LastNotificationTime\":\"yesterday\"");

  private final EmailAccountValidator emailAccounts = EmailAccountValidator.standard();
  private EmailAccount account;
  private Validator bookings;
  private EntityRecord booking;
  private EntityRecord invalidBooking;
  private BookingIfChain bookingIfChain;

  @Setup
  public void setUp() {
    Entity entity = EntityCatalogue.standard().entity("bookings").orElseThrow();
    bookings = Validators.standard().validator("bookings", Operation.UPDATE);
    RecordReader<EntityRecord> bookingReader = RecordReader.standard(entity);
    booking = bookingReader.read(BOOKING).record().orElseThrow(
        () -> new IllegalStateException("the benchmark's Booking does not read"));
    for (Field field : entity.fields()) {
      if (booking.value(field) == null) {
        throw new IllegalStateException("the benchmark's Booking lacks " + field.wireName());
      }
    }
    invalidBooking = bookingReader.read(INVALID_BOOKING).record().orElseThrow(
        () -> new IllegalStateException("the benchmark's invalid Booking does not read"));
    bookingIfChain = new BookingIfChain(entity);
    List<String> expected = List.of("ResourceId: is a required field", "LastNotificationTime: is not a valid date and time",
        BookingIfChain.REPEATS);
    if (!bookingInvalidCore().errors().stream().map(e -> e.propertyName() + ": " + e.message()).toList().equals(expected)
        || !bookingInvalidIfChain().equals(expected) || !bookingIfChain().isEmpty()) {
      throw new IllegalStateException("the engine and the Booking if-chain disagree: " + bookingInvalidCore().errors()
          + " / " + bookingInvalidIfChain() + " / " + bookingIfChain());
    }
    account = Fixtures.fullAccount();
    for (ValidationResponse response : List.of(bookingCore(), emailAccountCore())) {
      if (!response.wasSuccessful()) {
        throw new IllegalStateException("a benchmark record is invalid: " + response.errors());
      }
    }
    if (!ifChain().isEmpty()) {
      throw new IllegalStateException("the if-chain rejects the full EmailAccount");
    }
  }

  /** The full Booking through the catalogue's validator: rules and the envelope. */
  @Benchmark
  public ValidationResponse bookingCore() {
    return bookings.validate(booking);
  }

  /** The Booking with three errors (ResourceId missing, Repeats 12, LastNotificationTime "yesterday"): the envelope. */
  @Benchmark
  public ValidationResponse bookingInvalidCore() {
    return bookings.validate(invalidBooking);
  }

  /** The floor for the full Booking: one method of ifs over its values by position. */
  @Benchmark
  public List<String> bookingIfChain() {
    return bookingIfChain.validate(booking);
  }

  /** The floor for the invalid Booking. */
  @Benchmark
  public List<String> bookingInvalidIfChain() {
    return bookingIfChain.validate(invalidBooking);
  }

  /** The full EmailAccount through the flagship's fast path. */
  @Benchmark
  public ValidationResponse emailAccountCore() {
    return emailAccounts.validate(account);
  }

  /** The floor for the full EmailAccount: one method of ifs. */
  @Benchmark
  public List<String> ifChain() {
    return IfChain.validate(account);
  }
}
