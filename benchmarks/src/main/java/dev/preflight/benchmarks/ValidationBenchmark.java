package dev.preflight.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
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
 * Preflight and its peers on the same record: valid (the 16 properties of the API reference's
 * request, or all 23 with {@code record=full}), or invalid with exactly 3 errors (DisplayName blank,
 * IncomingServerPort 70000, DeleteMessageSettings 9). Setup checks that every
 * contender reports the expected number of errors, so the comparisons are honest.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidationBenchmark {

  /** The 16-property request, the same with 3 errors, or a valid record with all 23 properties. */
  @Param({"valid", "invalid", "full"})
  public String record;

  private EmailAccount account;
  private PeerMailbox mailbox;
  private byte[] json;
  private int expectedErrors;

  private final EmailAccountValidator preflight = EmailAccountValidator.standard();
  private final EmailAccountValidator preflightCreate = EmailAccountValidator.builder().operation(Operation.CREATE).build();
  private final RecordReader<EmailAccount> reader = RecordReader.emailAccounts();
  private ValidatorFactory factory;
  private Validator hibernate;
  private Jsonb yasson;
  private ObjectMapper jackson;

  /** The API reference's request, the same with exactly three errors, or a full valid record. */
  static EmailAccount account(String kind) {
    EmailAccount valid = Fixtures.validAccount();
    return switch (kind) {
      case "valid" -> valid;
      case "full" -> Fixtures.fullAccount();
      default -> valid.toBuilder().displayName(" ").incomingServerPort(70000).deleteMessageSettings(9).build();
    };
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    account = account(record);
    mailbox = PeerMailbox.of(account);
    json = EmailAccountJson.toJson(account).getBytes(StandardCharsets.UTF_8);
    expectedErrors = record.equals("invalid") ? 3 : 0;
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
    yasson = JsonbBuilder.create();
    jackson = new ObjectMapper();

    expect("Preflight core", preflightCore().errors().size());
    expect("Preflight JSON", preflightJson().errors().size());
    expect("Preflight core, CREATE", preflightCoreCreate().errors().size());
    expect("if-chain", ifChain().size());
    expect("Hibernate Validator", hibernateValidator().size());
    expect("YAVI", yavi().size());
    expect("Yasson + Hibernate Validator", yassonHibernateValidator().size());
    expect("Jackson + Hibernate Validator", jacksonHibernateValidator().size());
  }

  private void expect(String contender, int errors) {
    Honesty.expect(contender, errors, expectedErrors, record);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    factory.close();
    yasson.close();
  }

  /** Preflight: validate and build the envelope. */
  @Benchmark
  public ValidationResponse preflightCore() {
    return preflight.validate(account);
  }

  /** Preflight for CREATE: any configuration but the server's runs the generic engine path. */
  @Benchmark
  public ValidationResponse preflightCoreCreate() {
    return preflightCreate.validate(account);
  }

  /** Preflight from bytes: reader + validator, envelope built. */
  @Benchmark
  public ValidationResponse preflightJson() {
    return reader.read(json).validate(preflight::validate);
  }

  /** The floor: one method of ifs collecting messages. */
  @Benchmark
  public List<String> ifChain() {
    return IfChain.validate(account);
  }

  @Benchmark
  public Set<ConstraintViolation<PeerMailbox>> hibernateValidator() {
    return hibernate.validate(mailbox);
  }

  @Benchmark
  public am.ik.yavi.core.ConstraintViolations yavi() {
    return YaviRules.validate(mailbox);
  }

  @Benchmark
  public Set<ConstraintViolation<PeerMailbox>> yassonHibernateValidator() {
    return hibernate.validate(yasson.fromJson(new ByteArrayInputStream(json), PeerMailbox.class));
  }

  @Benchmark
  public Set<ConstraintViolation<PeerMailbox>> jacksonHibernateValidator() throws IOException {
    return hibernate.validate(jackson.readValue(json, PeerMailbox.class));
  }
}
