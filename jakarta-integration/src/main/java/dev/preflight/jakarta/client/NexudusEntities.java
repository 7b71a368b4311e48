package dev.preflight.jakarta.client;

import dev.preflight.catalogue.Entity;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.Validators;
import dev.preflight.jakarta.json.JsonLimits;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Nexudus client: every entity of the catalogue, validated before it is sent, with lossless
 * read-modify-write, a deadline on every exchange, typed answers, secrets kept out of messages,
 * retries after throttling, token renewal and lazy lists. {@link #emailAccounts()} is its typed
 * view of EmailAccounts.
 *
 * <pre>{@code
 * @Inject NexudusEntities nexudus;
 *
 * EntityRecords bookings = nexudus.records("bookings");
 * bookings.update(42L, booking -> booking.with("Notes", Json.createValue("Projector")));
 * }</pre>
 *
 * Thread-safe. One client holds one account's worker pool, write pacing and record locks,
 * whatever the entity (Nexudus counts writes per account). In CDI, inject it (the container closes
 * it at shutdown); elsewhere build it with {@link #of} and {@link #close()} it when done.
 */
public final class NexudusEntities implements AutoCloseable {
  private static final Pattern API_PATH = Pattern.compile("[a-z0-9]+/[a-z0-9]+");

  private final EntitiesApi api;
  private final JsonValidators validators;
  private final Exchanges exchanges;
  /** The records of each entity and path asked for, made once: each holds its entity's reader. */
  private final Map<String, EntityRecords> records = new ConcurrentHashMap<>();
  /** The typed views, by model class and path: a view holds its reader, made once. */
  private final Map<String, ModelRecords<?>> views = new ConcurrentHashMap<>();

  private NexudusEntities(EntitiesApi api, Validators validators, Exchanges exchanges) {
    this.api = api;
    this.validators = JsonValidators.of(validators, JsonLimits.DEFAULTS, false);
    this.exchanges = exchanges;
  }

  /** A client over {@code api} validating with {@code validators}. */
  public static NexudusEntities of(
      EntitiesApi api, Validators validators, ClientSettings settings, BearerTokenSupplier tokens) {
    return of(api, validators, settings, tokens, ClientTelemetry.discovered());
  }

  /**
   * A client that reports its validations, exchanges, throttling waits and queue to {@code
   * telemetry} ({@link dev.preflight.jakarta.telemetry.PreflightTelemetry#of} of the application's
   * OpenTelemetry; docs/observability.md). The four-argument form reports through {@link
   * ClientTelemetry#discovered()}.
   */
  public static NexudusEntities of(EntitiesApi api, Validators validators, ClientSettings settings,
      BearerTokenSupplier tokens, ClientTelemetry telemetry) {
    return new NexudusEntities(Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(validators, "validators == null"),
        new Exchanges(Objects.requireNonNull(settings, "settings == null"), Objects.requireNonNull(tokens, "tokens == null"),
            Objects.requireNonNull(telemetry, "telemetry == null")));
  }

  /**
   * What this client last learnt about reaching Nexudus, from the calls it made: what a readiness
   * check reports ({@link dev.preflight.jakarta.cdi.NexudusReadiness}).
   */
  public ClientHealth health() {
    return exchanges.health();
  }

  /**
   * The typed view of EmailAccounts: the records of {@code emailaccounts} as {@link
   * dev.preflight.emailaccount.EmailAccount}s.
   */
  public NexudusEmailAccounts emailAccounts() {
    return new NexudusEmailAccounts(records(EmailAccount.ENTITY_NAME));
  }

  /**
   * The typed view of the records of a generated model's entity ({@code of(Booking.class)}), at the
   * API path the catalogue gives it.
   *
   * @throws IllegalArgumentException if {@code modelClass} is not a generated model, or the catalogue
   *     knows no API path for its entity (give it with {@link #of(Class, String)})
   */
  public <M extends EntityModel> ModelRecords<M> of(Class<M> modelClass) {
    return view(ModelType.of(modelClass), records(ModelType.of(modelClass).entity().name()));
  }

  /** {@link #of(Class)} for an entity whose API path the catalogue does not know, as {@link #records(String, String)}. */
  public <M extends EntityModel> ModelRecords<M> of(Class<M> modelClass, String apiPath) {
    return view(ModelType.of(modelClass), records(ModelType.of(modelClass).entity().name(), apiPath));
  }

  @SuppressWarnings("unchecked")
  private <M extends EntityModel> ModelRecords<M> view(ModelType<M> type, EntityRecords entityRecords) {
    return (ModelRecords<M>) views.computeIfAbsent(type.modelClass().getName() + " " + entityRecords,
        key -> new ModelRecords<>(type, entityRecords));
  }

  /**
   * The records of the catalogue entity so named ({@code bookings}, any case), at the API path the
   * catalogue gives it.
   *
   * @throws IllegalArgumentException if the catalogue has no such entity, or knows no API path for
   *     it (give it with {@link #records(String, String)})
   */
  public EntityRecords records(String entityName) {
    Entity entity = validators.validators().entity(Objects.requireNonNull(entityName, "entityName == null"));
    if (entity.apiPath() == null) {
      throw new IllegalArgumentException("the catalogue knows no API path for " + entity.name()
          + ": give it, as in records(\"" + entity.name() + "\", \"<module>/" + entity.name() + "\")");
    }
    return records(entity, entity.apiPath());
  }

  /**
   * The records of the catalogue entity so named, at {@code apiPath} below {@code /api/} ({@code
   * billing/tariffs}): for the entities whose path the catalogue does not know (docs/catalogue.md).
   *
   * @throws IllegalArgumentException if there is no such entity, the path is not {@code
   *     module/collection} in lower-case letters and digits, its collection is not the entity's
   *     name (Nexudus names every collection after its entity), or the catalogue knows another
   *     path for the entity: a path that is another entity's would send its records where they do
   *     not belong
   */
  public EntityRecords records(String entityName, String apiPath) {
    Objects.requireNonNull(apiPath, "apiPath == null");
    if (!API_PATH.matcher(apiPath).matches()) {
      throw new IllegalArgumentException("an API path is module/collection in lower-case letters and digits, "
          + "as in spaces/bookings; not '" + apiPath + "'");
    }
    Entity entity = validators.validators().entity(Objects.requireNonNull(entityName, "entityName == null"));
    if (entity.apiPath() != null && !entity.apiPath().equals(apiPath)) {
      throw new IllegalArgumentException("the API path of " + entity.name() + " is " + entity.apiPath() + ", not "
          + apiPath);
    }
    if (!apiPath.substring(apiPath.indexOf('/') + 1).equals(entity.name())) {
      throw new IllegalArgumentException("the records of " + entity.name() + " live at <module>/" + entity.name()
          + ", not at " + apiPath);
    }
    return records(entity, apiPath);
  }

  private EntityRecords records(Entity entity, String apiPath) {
    return records.computeIfAbsent(entity.name() + " " + apiPath, key -> {
      int slash = apiPath.indexOf('/');
      return new EntityRecords(this, entity, apiPath.substring(0, slash), apiPath.substring(slash + 1));
    });
  }

  EntitiesApi api() {
    return api;
  }

  JsonValidators validators() {
    return validators;
  }

  ClientSettings settings() {
    return exchanges.settings();
  }

  Exchanges exchanges() {
    return exchanges;
  }

  /**
   * Ends this client's worker threads, interrupting any exchange under way; later calls (of every
   * view) throw {@link IllegalStateException}. The REST client given to {@link #of} is its owner's
   * to close.
   */
  @Override
  public void close() {
    exchanges.close();
  }

  @Override
  public String toString() {
    return "NexudusEntities[" + exchanges + ", " + validators + "]";
  }
}
