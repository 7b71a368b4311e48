package dev.preflight.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dev.preflight.Validators;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From JSON bytes to a verdict, Preflight against the generic peers a user would pick instead, for
 * the full Booking (51 fields and the Id) and the full EmailAccount (23 properties), valid or with
 * three errors (Booking: ResourceId missing, Repeats 12, LastNotificationTime "yesterday";
 * EmailAccount: DisplayName blank, IncomingServerPort 70000, DeleteMessageSettings 9):
 * Jackson 2 binding a bean that Hibernate Validator 8 then validates, and networknt's JSON Schema
 * validator (draft 2020-12, Jackson 3 tree). Every peer reads the same bytes; Setup checks that each
 * reports the same number of errors, so the comparison is honest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonPathBenchmark {
  @Param({"valid", "invalid"})
  public String record;

  private byte[] bookingJson;
  private byte[] accountJson;
  private int expectedErrors;
  private Validator bookings;
  private RecordReader<EntityRecord> bookingReader;
  private final EmailAccountValidator emailAccounts = EmailAccountValidator.standard();
  private final RecordReader<EmailAccount> accountReader = RecordReader.emailAccounts();
  private ValidatorFactory factory;
  private jakarta.validation.Validator hibernate;
  private final ObjectMapper jackson = new ObjectMapper();
  private final tools.jackson.databind.ObjectMapper jackson3 = new tools.jackson.databind.ObjectMapper();
  private Schema bookingSchema;
  private Schema accountSchema;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    boolean valid = record.equals("valid");
    expectedErrors = valid ? 0 : 3;
    Entity entity = EntityCatalogue.standard().entity("bookings").orElseThrow();
    bookings = Validators.standard().validator("bookings", Operation.UPDATE);
    bookingReader = RecordReader.standard(entity);
    bookingJson = (valid ? EntityBenchmark.BOOKING : EntityBenchmark.INVALID_BOOKING).getBytes(StandardCharsets.UTF_8);
    EmailAccount account = Fixtures.fullAccount();
    if (!valid) {
      account = account.toBuilder().displayName(" ").incomingServerPort(70000).deleteMessageSettings(9).build();
    }
    accountJson = EmailAccountJson.toJson(account).getBytes(StandardCharsets.UTF_8);
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
    bookingSchema = PeerSchemas.booking(entity.fields());
    accountSchema = PeerSchemas.emailAccount();

    expect("Preflight, Booking", bookingPreflight().errors().size());
    expect("Jackson + Hibernate Validator, Booking", bookingJacksonHibernateValidator().size());
    expect("networknt, Booking", bookingNetworknt().size());
    expect("Preflight, EmailAccount", emailAccountPreflight().errors().size());
    expect("Jackson + Hibernate Validator, EmailAccount", emailAccountJacksonHibernateValidator().size());
    expect("networknt, EmailAccount", emailAccountNetworknt().size());
  }

  private void expect(String contender, int errors) {
    Honesty.expect(contender, errors, expectedErrors, record);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  @Benchmark
  public ValidationResponse bookingPreflight() {
    return bookingReader.read(bookingJson).validate(bookings::validate);
  }

  @Benchmark
  public Set<ConstraintViolation<PeerBooking>> bookingJacksonHibernateValidator() throws IOException {
    return hibernate.validate(jackson.readValue(bookingJson, PeerBooking.class));
  }

  @Benchmark
  public List<com.networknt.schema.Error> bookingNetworknt() {
    return bookingSchema.validate(jackson3.readTree(bookingJson));
  }

  @Benchmark
  public ValidationResponse emailAccountPreflight() {
    return accountReader.read(accountJson).validate(emailAccounts::validate);
  }

  @Benchmark
  public Set<ConstraintViolation<PeerMailbox>> emailAccountJacksonHibernateValidator() throws IOException {
    return hibernate.validate(jackson.readValue(accountJson, PeerMailbox.class));
  }

  @Benchmark
  public List<com.networknt.schema.Error> emailAccountNetworknt() {
    return accountSchema.validate(jackson3.readTree(accountJson));
  }
}
