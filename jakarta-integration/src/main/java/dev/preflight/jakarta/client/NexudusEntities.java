package dev.preflight.jakarta.client;

import dev.preflight.catalogue.Entity;
import dev.preflight.Validators;
import dev.preflight.jakarta.json.JsonLimits;
import dev.preflight.jakarta.json.JsonValidators;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every Nexudus entity of the catalogue, validated before it is sent, with the guarantees of {@link
 * NexudusEmailAccounts}: lossless read-modify-write, a deadline on every exchange, typed answers,
 * secrets kept out of messages, retries after throttling, token renewal and lazy lists.
 *
 * <pre>{@code
 * @Inject NexudusEntities nexudus;
 *
 * EntityRecords bookings = nexudus.records("bookings");
 * bookings.update(42L, booking -> booking.with("Notes", Json.createValue("Projector")));
 * }</pre>
 *
 * Thread-safe. In CDI, inject it: it shares the EmailAccounts client's credentials, worker pool and
 * write pacing, and the container closes it at shutdown. Elsewhere build it with {@link #of} (or
 * {@link #sharing}) and {@link #close()} it when done.
 */
public final class NexudusEntities implements AutoCloseable {
  private static final Pattern API_PATH = Pattern.compile("[a-z0-9]+/[a-z0-9]+");

  private final EntitiesApi api;
  private final JsonValidators validators;
  private final Exchanges exchanges;
  private final RecordLocks recordLocks = new RecordLocks();
  /** The records of each entity and path asked for, made once: each holds its entity's reader. */
  private final Map<String, EntityRecords> records = new ConcurrentHashMap<>();

  private NexudusEntities(EntitiesApi api, Validators validators, Exchanges exchanges) {
    this.api = api;
    this.validators = JsonValidators.of(validators, JsonLimits.DEFAULTS, false);
    this.exchanges = exchanges;
  }

  /** A client over {@code api} validating with {@code validators}, with its own workers. */
  public static NexudusEntities of(
      EntitiesApi api, Validators validators, ClientSettings settings, BearerTokenSupplier tokens) {
    return new NexudusEntities(Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(validators, "validators == null"),
        new Exchanges(Objects.requireNonNull(settings, "settings == null"), Objects.requireNonNull(tokens, "tokens == null")));
  }

  /**
   * A client over {@code api} that shares {@code accounts}' settings, credentials, worker pool and
   * write pacing (Nexudus counts writes per account, whatever the entity). The workers end when
   * both clients are closed.
   */
  public static NexudusEntities sharing(EntitiesApi api, Validators validators, NexudusEmailAccounts accounts) {
    return new NexudusEntities(Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(validators, "validators == null"),
        Objects.requireNonNull(accounts, "accounts == null").shareExchanges());
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
   * @throws IllegalArgumentException if there is no such entity, or the path is not {@code
   *     module/collection} in lower-case letters and digits
   */
  public EntityRecords records(String entityName, String apiPath) {
    Objects.requireNonNull(apiPath, "apiPath == null");
    if (!API_PATH.matcher(apiPath).matches()) {
      throw new IllegalArgumentException("an API path is module/collection in lower-case letters and digits, "
          + "as in spaces/bookings; not '" + apiPath + "'");
    }
    return records(validators.validators().entity(Objects.requireNonNull(entityName, "entityName == null")), apiPath);
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

  RecordLocks recordLocks() {
    return recordLocks;
  }

  ClientSettings settings() {
    return exchanges.settings();
  }

  Exchanges exchanges() {
    return exchanges;
  }

  /**
   * Ends this client's worker threads (once the EmailAccounts client it shares them with is closed
   * too), interrupting any exchange under way; later calls throw {@link IllegalStateException}. The
   * REST client given to {@link #of} is its owner's to close.
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
