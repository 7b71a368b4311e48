package dev.preflight.benchmarks;

import static dev.preflight.benchmarks.Honesty.expect;

import dev.preflight.Validators;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.entities.Booking;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typed model against the record it stands for (issue 36), for the full Booking of {@link
 * EntityBenchmark} (51 fields, two inline collections), valid or with three errors: validating a
 * {@code Booking} against validating the same {@code EntityRecord}, and reading the same JSON bytes
 * into a {@code Booking} against reading them into an {@code EntityRecord}. Setup checks both sides
 * of each pair report the same number of errors and hold the same record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ModelBenchmark {
  @Param({"valid", "invalid"})
  public String record;

  private byte[] json;
  private Validator bookings;
  private RecordReader<EntityRecord> records;
  private RecordReader<Booking> models;
  private EntityRecord bookingRecord;
  private Booking booking;

  @Setup
  public void setUp() {
    boolean valid = record.equals("valid");
    json = (valid ? EntityBenchmark.BOOKING : EntityBenchmark.INVALID_BOOKING).getBytes(StandardCharsets.UTF_8);
    bookings = Validators.standard().validator("bookings", Operation.UPDATE);
    records = RecordReader.standard(Booking.TYPE.entity());
    models = RecordReader.standard(Booking.TYPE);
    bookingRecord = readRecord().record().orElseThrow();
    booking = readModel().record().orElseThrow();
    if (!booking.toRecord().equals(EntityRecord.inFieldOrder(bookingRecord.entity(), bookingRecord.id(),
        java.util.stream.IntStream.range(0, bookingRecord.entity().fields().size()).mapToObj(bookingRecord::valueAt)
            .toList(), java.util.List.of()))) {
      throw new IllegalStateException("the model does not hold the record's values");
    }
    int errors = valid ? 0 : 3;
    expect("the record", validateRecord().errors().size(), errors, record);
    expect("the model", validateModel().errors().size(), errors, record);
  }

  @Benchmark
  public ValidationResponse validateRecord() {
    return bookings.validate(bookingRecord);
  }

  @Benchmark
  public ValidationResponse validateModel() {
    return bookings.validate(booking.toRecord());
  }

  @Benchmark
  public ReadResult<EntityRecord> readRecord() {
    return records.read(json);
  }

  @Benchmark
  public ReadResult<Booking> readModel() {
    return models.read(json);
  }
}
