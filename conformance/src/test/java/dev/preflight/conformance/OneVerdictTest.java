package dev.preflight.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.Validators;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.RandomRecords;
import dev.preflight.cli.PreflightCli;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.EntityRecords;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusUnreachableException;
import dev.preflight.jakarta.client.NexudusValidationException;
import dev.preflight.jakarta.json.EmailAccountBodyProvider;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.jakarta.json.EntityBodyProvider;
import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.jakarta.json.ModelBodyProvider;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.jakarta.client.ModelRecords;
import dev.preflight.entities.Entities;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.jakarta.validation.ValidEmailAccount;
import dev.preflight.jakarta.validation.ValidEntity;
import dev.preflight.jakarta.validation.Violations;
import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.SimulatedAnswer;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One record, one verdict, whichever door it enters: 1,600 random EmailAccounts (about half
 * invalid, some with members of a wrong JSON type or sent twice) and random records of every
 * catalogue entity, for each operation the entity supports, through the core registry, the JSON
 * door, the command line, {@code @ValidEntity} and {@code @ValidEmailAccount} under Hibernate
 * Validator, the two JAX-RS body providers (followed by Bean Validation, as JAX-RS runs them), the
 * client's local refusal (over a Rest Client whose server is gone, so a record it lets through
 * fails to connect) and the simulator. A rejection is the same envelope, byte for byte, errors in one
 * order; an acceptance is an acceptance everywhere. Only the command line words a success its own
 * way (nothing was sent; docs/command-line.md), and that wording is checked exactly too.
 */
class OneVerdictTest {
  private static final String ACCEPTED = "accepted";
  private static final int ACCOUNTS = 1_600;
  private static final int RECORDS_PER_ENTITY = 8;
  private static final String TOKEN = "Bearer " + NexudusSimulator.EDITOR_TOKEN;

  private static final ValidatorFactory BEAN_VALIDATION = Validation.buildDefaultValidatorFactory();
  /** The factories of {@link #validEntity}, closed at the end. */
  private static final List<ValidatorFactory> MAPPED = new java.util.concurrent.CopyOnWriteArrayList<>();
  private static EntitiesApi goneServer;
  private static NexudusEntities client;

  @TempDir static Path files;

  @BeforeAll
  static void connectToAServerThatIsGone() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    goneServer = RestClientBuilder.newBuilder().baseUri(URI.create("http://127.0.0.1:" + port)).build(EntitiesApi.class);
    client = NexudusEntities.of(goneServer, Validators.standard(), ClientSettings.DEFAULTS, BearerTokenSupplier.fixed("t0ken"));
  }

  @AfterAll
  static void close() throws Exception {
    client.close();
    ((AutoCloseable) goneServer).close();
    BEAN_VALIDATION.close();
    MAPPED.forEach(ValidatorFactory::close);
  }

  @Test
  void everyDoorGivesEveryEmailAccountOneVerdict() throws Exception {
    List<byte[]> bodies = emailAccountBodies(new RandomAccounts(20261207L));
    Entity emailAccounts = Validators.standard().entity(EmailAccount.ENTITY_NAME);
    int rejected = 0;
    for (Operation operation : Operation.values()) {
      rejected += assertOneVerdict(emailAccounts, operation, bodies);
    }
    assertThat(rejected).as("rejections, of %d", 2 * ACCOUNTS).isBetween(ACCOUNTS * 2 / 3, ACCOUNTS * 4 / 3);
  }

  @TestFactory
  Stream<DynamicTest> everyDoorGivesEveryEntityOneVerdict() {
    RandomRecords random = new RandomRecords(7L);
    return EntityCatalogue.standard().entities().stream().filter(entity -> !entity.operations().isEmpty())
        .flatMap(entity -> {
          List<byte[]> bodies = new ArrayList<>();
          for (int i = 0; i < RECORDS_PER_ENTITY; i++) {
            bodies.add(random.body(entity).getBytes(StandardCharsets.UTF_8));
          }
          return entity.operations().stream().sorted().map(operation -> DynamicTest.dynamicTest(
              entity.name() + " " + operation.name().toLowerCase(Locale.ROOT),
              () -> assertOneVerdict(entity, operation, bodies)));
        });
  }

  @Test
  void theCommandLinesEmailAccountsAreItsDefault() throws Exception {
    List<byte[]> bodies = emailAccountBodies(new RandomAccounts(42L)).subList(0, 200);
    Path file = ndjson(bodies);

    assertThat(cli("validate", "--entity", "emailaccounts", "--ndjson", file.toString()))
        .isEqualTo(cli("validate", "--ndjson", file.toString()));
    Path one = Files.write(files.resolve("one.json"), bodies.get(0));
    assertThat(cli("validate", "--entity", "EmailAccounts", one.toString()))
        .isEqualTo(cli("validate", one.toString()));
  }

  /** Asserts one verdict for each body through every door; returns how many the reference rejected. */
  private static int assertOneVerdict(Entity entity, Operation operation, List<byte[]> bodies) throws Exception {
    JsonValidator door = JsonValidators.standard().validator(entity.name(), operation);
    dev.preflight.validation.Validator registry = Validators.standard().validator(entity.name(), operation);
    Validator recordConstraint = validEntity(entity, operation);
    String[] cli = cli("validate", "--entity", entity.name(), "--operation", operation.name().toLowerCase(Locale.ROOT),
        "--ndjson", ndjson(bodies).toString()).split("\n");
    NexudusSimulator simulator = new NexudusSimulator();
    String path = entity.apiPath() != null ? entity.apiPath() : "spaces/" + entity.name();
    EntityRecords records = client.records(entity.name(), path);
    boolean flagship = entity.name().equals(EmailAccount.ENTITY_NAME);
    ModelType<? extends EntityModel> model = flagship ? null : Entities.all().stream()
        .filter(type -> type.entity().name().equals(entity.name())).findFirst().orElseThrow();
    int rejected = 0;
    assertThat(cli).hasSameSizeAs(bodies.toArray());
    for (int i = 0; i < bodies.size(); i++) {
      byte[] body = bodies.get(i);
      String text = new String(body, StandardCharsets.UTF_8);
      ValidationResponse reference = door.validate(body);
      String expected = verdict(reference);
      rejected += reference.wasSuccessful() ? 0 : 1;
      String as = entity.name() + " " + operation + " " + text;

      assertThat(cli[i]).as("command line: " + as).isEqualTo(reference.wasSuccessful()
          ? EnvelopeJson.toJson(ValidationResponse.success(entity.recordName() + " is valid for "
              + operation.name().toLowerCase(Locale.ROOT) + "; nothing was sent.", idOf(reference)))
          : expected);
      ReadResult<EntityRecord> read = door.read(body);
      if (read.record().isPresent()) {
        EntityRecord record = read.record().get();
        assertThat(EnvelopeJson.toJson(registry.validate(record))).as("core registry: " + as)
            .isEqualTo(EnvelopeJson.toJson(reference));
        assertThat(beanValidation(recordConstraint.validate(new RecordForm(record)))).as("@ValidEntity: " + as)
            .isEqualTo(expected);
        if (flagship) {
          EmailAccount account = EmailAccount.from(record);
          Object form = operation == Operation.CREATE ? new CreateAccountForm(account) : new UpdateAccountForm(account);
          assertThat(beanValidation(BEAN_VALIDATION.getValidator().validate(form))).as("@ValidEmailAccount: " + as)
              .isEqualTo(expected);
          assertThat(typedClient(account, operation)).as("EmailAccounts client: " + as)
              .isEqualTo(verdict(door.validate(EmailAccountJson.toJson(account).getBytes(StandardCharsets.UTF_8))));
        }
      }
      if (model != null) {
        ReadResult<? extends EntityModel> typed = RecordReader.standard(model).read(body);
        assertThat(typed.errors()).as("typed reader: " + as).isEqualTo(read.errors());
        if (typed.record().isPresent()) {
          EntityModel one = typed.record().get();
          assertThat(EnvelopeJson.toJson(registry.validate(one.toRecord()))).as("core registry, typed: " + as)
              .isEqualTo(EnvelopeJson.toJson(reference));
          assertThat(beanValidation(recordConstraint.validate(new ModelForm(one)))).as("@ValidEntity, typed: " + as)
              .isEqualTo(expected);
          assertThat(modelClient(model, path, one, operation)).as("typed client: " + as)
              .isEqualTo(verdict(door.validate(one.toJson().getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(modelBodyProvider(model, operation, recordConstraint, body)).as("ModelBodyProvider: " + as)
            .isEqualTo(expected);
      }
      assertThat(entityBodyProvider(entity, operation, recordConstraint, body)).as("EntityBodyProvider: " + as)
          .isEqualTo(expected);
      if (flagship) {
        assertThat(emailAccountBodyProvider(operation, body)).as("EmailAccountBodyProvider: " + as).isEqualTo(expected);
      }
      JsonObject object = Json.createReader(new ByteArrayInputStream(body)).readObject();
      assertThat(client(records, operation, object)).as("entities client: " + as)
          .isEqualTo(verdict(door.validate(object.toString().getBytes(StandardCharsets.UTF_8))));
      SimulatedAnswer answer = simulator.handle(operation == Operation.CREATE ? "POST" : "PUT", "/api/" + path, TOKEN, body);
      assertThat(answer.status() == 400 ? answer.body() : ACCEPTED).as("simulator: " + as).isEqualTo(expected);
    }
    return rejected;
  }

  private static String verdict(ValidationResponse response) {
    return response.wasSuccessful() ? ACCEPTED : EnvelopeJson.toJson(response);
  }

  private static RecordId idOf(ValidationResponse success) {
    return success.value() == null || success.value().id() == 0 ? null : success.value();
  }

  private static String beanValidation(Set<? extends ConstraintViolation<?>> violations) {
    return violations.isEmpty() ? ACCEPTED : EnvelopeJson.toJson(Violations.toResponse(violations));
  }

  /** What JAX-RS does with a body: the provider reads it (or answers 400), then Bean Validation runs. */
  private static String entityBodyProvider(Entity entity, Operation operation, Validator validator, byte[] body)
      throws IOException {
    try {
      EntityRecord record = new EntityBodyProvider().readFrom(EntityRecord.class, EntityRecord.class,
          new Annotation[] {new ValidEntityLiteral(entity.name(), operation)}, MediaType.APPLICATION_JSON_TYPE, null,
          new ByteArrayInputStream(body));
      return beanValidation(validator.validate(new RecordForm(record)));
    } catch (BadRequestException answered) {
      return (String) answered.getResponse().getEntity();
    }
  }

  /** What JAX-RS does with a body for a typed parameter: the provider reads it (or answers 400), then Bean Validation runs. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String modelBodyProvider(ModelType<?> model, Operation operation, Validator validator, byte[] body)
      throws IOException {
    try {
      EntityModel read = new ModelBodyProvider().readFrom((Class) model.modelClass(), model.modelClass(),
          new Annotation[] {new ValidEntityLiteral("", operation)}, MediaType.APPLICATION_JSON_TYPE, null,
          new ByteArrayInputStream(body));
      return beanValidation(validator.validate(new ModelForm(read)));
    } catch (BadRequestException answered) {
      return (String) answered.getResponse().getEntity();
    }
  }

  private static String emailAccountBodyProvider(Operation operation, byte[] body) throws IOException {
    try {
      EmailAccount account = new EmailAccountBodyProvider().readFrom(EmailAccount.class, EmailAccount.class,
          new Annotation[] {new ValidEmailAccountLiteral(operation)}, MediaType.APPLICATION_JSON_TYPE, null,
          new ByteArrayInputStream(body));
      Object form = operation == Operation.CREATE ? new CreateAccountForm(account) : new UpdateAccountForm(account);
      return beanValidation(BEAN_VALIDATION.getValidator().validate(form));
    } catch (BadRequestException answered) {
      return (String) answered.getResponse().getEntity();
    }
  }

  /** The client's verdict: its local refusal, or an attempt to send (which fails: the server is gone). */
  private static String client(EntityRecords records, Operation operation, JsonObject object) {
    return sent(() -> {
      if (operation == Operation.CREATE) {
        records.create(object);
      } else {
        records.update(EntityDocument.of(JsonValidators.standard().validator(records.entity().name(), operation), object));
      }
    });
  }

  private static String typedClient(EmailAccount account, Operation operation) {
    return sent(() -> {
      if (operation == Operation.CREATE) {
        client.emailAccounts().create(account);
      } else {
        client.emailAccounts().update(account);
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String modelClient(ModelType<?> model, String path, EntityModel one, Operation operation) {
    ModelRecords records = client.of((Class) model.modelClass(), path);
    return sent(() -> {
      if (operation == Operation.CREATE) {
        records.create(one);
      } else {
        records.update(one);
      }
    });
  }

  /**
   * What a client's write answers when its server is gone: the local refusal's envelope, or
   * {@link #ACCEPTED} when the record was let through (and the send failed).
   */
  private static String sent(Runnable write) {
    try {
      write.run();
      throw new AssertionError("the server is gone, yet the call succeeded");
    } catch (NexudusValidationException refused) {
      assertThat(refused.origin()).isEqualTo(NexudusValidationException.Origin.LOCAL);
      return EnvelopeJson.toJson(refused.response());
    } catch (NexudusUnreachableException sent) {
      return ACCEPTED;
    }
  }

  /** A Hibernate Validator whose {@link RecordForm#record} carries {@code @ValidEntity} for this entity and operation. */
  private static Validator validEntity(Entity entity, Operation operation) {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(RecordForm.class).field("record").constraint(new GenericConstraintDef<>(ValidEntity.class)
        .param("value", entity.name()).param("operation", operation));
    mapping.type(ModelForm.class).field("model").constraint(new GenericConstraintDef<>(ValidEntity.class)
        .param("operation", operation));
    ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory();
    MAPPED.add(factory);
    return factory.getValidator();
  }

  private static String cli(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PreflightCli(new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Path ndjson(List<byte[]> bodies) throws IOException {
    Path file = Files.createTempFile(files, "records", ".ndjson");
    try (var out = Files.newOutputStream(file)) {
      for (byte[] body : bodies) {
        out.write(body);
        out.write('\n');
      }
    }
    return file;
  }

  /** Valid and broken EmailAccounts as the wire writes them; one in eight with a member of a wrong JSON type, or twice. */
  private static List<byte[]> emailAccountBodies(RandomAccounts random) {
    Random dice = random.random();
    List<byte[]> bodies = new ArrayList<>(ACCOUNTS);
    String[] wrong = {"\"IncomingServerPort\":\"993\"", "\"Active\":\"yes\"", "\"DisplayName\":5",
        "\"LastCheckTime\":20261207", "\"Id\":\"7\"", "\"IncomingServerType\":1.5"};
    for (int i = 0; i < ACCOUNTS; i++) {
      EmailAccount account = dice.nextBoolean() ? random.valid() : broken(random.valid(), dice);
      String json = EmailAccountJson.toJson(account);
      if (dice.nextInt(8) == 0) {
        json = json.substring(0, json.length() - 1) + (json.length() > 2 ? "," : "") + wrong[dice.nextInt(wrong.length)] + "}";
      }
      bodies.add(json.getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  private static EmailAccount broken(EmailAccount valid, Random dice) {
    EmailAccount.Builder builder = valid.toBuilder();
    int breaks = 1 + dice.nextInt(4);
    for (int b = 0; b < breaks; b++) {
      switch (dice.nextInt(8)) {
        case 0 -> builder.displayName(dice.nextBoolean() ? "" : null);
        case 1 -> builder.incomingServerPort(70_000 + dice.nextInt(1000));
        case 2 -> builder.emailAddress("not an address");
        case 3 -> builder.lastCheckTime("yesterday");
        case 4 -> builder.incomingServerType(9);
        case 5 -> builder.id(dice.nextBoolean() ? null : 0L);
        case 6 -> builder.outgoingServer("bad host!");
        default -> builder.errorCount(-1 - dice.nextInt(5));
      }
    }
    return builder.build();
  }

  /** A resource's form: the record, constrained by the mapping of {@link #validEntity}. */
  static final class RecordForm {
    final EntityRecord record;

    RecordForm(EntityRecord record) {
      this.record = record;
    }
  }

  static final class ModelForm {
    final EntityModel model;

    ModelForm(EntityModel model) {
      this.model = model;
    }
  }

  static final class UpdateAccountForm {
    @ValidEmailAccount final EmailAccount account;

    UpdateAccountForm(EmailAccount account) {
      this.account = account;
    }
  }

  static final class CreateAccountForm {
    @ValidEmailAccount(operation = Operation.CREATE) final EmailAccount account;

    CreateAccountForm(EmailAccount account) {
      this.account = account;
    }
  }

  /** The annotation on a resource parameter, as JAX-RS hands it to a body provider. */
  @SuppressWarnings("ClassExplicitlyAnnotation")
  record ValidEntityLiteral(String value, Operation operation) implements ValidEntity {
    @Override
    public String message() {
      return "is not a valid record";
    }

    @Override
    public Class<?>[] groups() {
      return new Class<?>[0];
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<? extends Payload>[] payload() {
      return new Class[0];
    }

    @Override
    public Class<? extends Annotation> annotationType() {
      return ValidEntity.class;
    }
  }

  @SuppressWarnings("ClassExplicitlyAnnotation")
  record ValidEmailAccountLiteral(Operation operation) implements ValidEmailAccount {
    @Override
    public String message() {
      return "is not a valid EmailAccount";
    }

    @Override
    public Class<?>[] groups() {
      return new Class<?>[0];
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<? extends Payload>[] payload() {
      return new Class[0];
    }

    @Override
    public Class<? extends Annotation> annotationType() {
      return ValidEmailAccount.class;
    }
  }
}
