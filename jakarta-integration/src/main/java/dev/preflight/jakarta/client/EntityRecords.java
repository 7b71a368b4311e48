package dev.preflight.jakarta.client;

import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import jakarta.json.JsonObject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The records of one Nexudus entity ({@code bookings}), from {@link NexudusEntities#records}: read,
 * changed without losing a member, validated before they are sent, listed. Every answer becomes a
 * typed result or a typed {@link NexudusException}. Thread-safe; it is a view of its client, which
 * owns the workers.
 */
public final class EntityRecords {
  private static final System.Logger LOG = System.getLogger(EntityRecords.class.getName());
  private static final int CREATED = 201;
  private static final String GET = "GET";

  private final NexudusEntities client;
  private final Entity entity;
  private final String module;
  private final String collection;
  private final JsonValidator reader;

  EntityRecords(NexudusEntities client, Entity entity, String module, String collection) {
    this.client = client;
    this.entity = entity;
    this.module = module;
    this.collection = collection;
    this.reader = client.validators().validator(entity.name(), Operation.UPDATE);
  }

  public Entity entity() {
    return entity;
  }

  /** The door its answers are read with. */
  JsonValidator reader() {
    return reader;
  }

  /**
   * The record with this Id, with every member Nexudus sent (see {@link EntityDocument}).
   *
   * @throws NexudusNotFoundException if there is none
   * @throws NexudusServerException if the answer is not a whole record, or is another record
   */
  public EntityDocument get(long id) {
    return get(id, client.exchanges().deadline());
  }

  private EntityDocument get(long id, Deadline deadline) {
    return call(GET, "/{id}", List.of(), deadline, (authorization, redaction) -> {
      try (Response response = client.api().get(authorization, module, collection, id)) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        EntityDocument document = EntityDocument.read(reader, body)
            .orElseThrow(() -> Answers.unexpected(response, body, redaction));
        if (!Long.valueOf(id).equals(document.id())) {
          throw NexudusServerException.otherRecord(entity.recordName(), id, document.id(), response.getStatus());
        }
        return document;
      }
    });
  }

  /**
   * {@code PUT}s a document read with {@link #get} (and changed with {@link EntityDocument#with}):
   * every member Nexudus sent goes back as it was, but for those the change set. It is validated
   * for an update first.
   *
   * @return the server's success envelope ({@code Value: {"Id": …}})
   * @throws NexudusValidationException if the validator or the server rejects the record
   */
  public ValidationResponse update(EntityDocument document) {
    return update(document, client.exchanges().deadline());
  }

  private ValidationResponse update(EntityDocument document, Deadline deadline) {
    Objects.requireNonNull(document, "document == null");
    requireOffered(Operation.UPDATE);
    requireThisEntity(document);
    preflight(Operation.UPDATE, document);
    String json = document.toJson();
    return judged(Operation.UPDATE, () -> call("PUT", "", Redaction.secretsIn(json), deadline, (authorization, redaction) ->
        Answers.envelope(client.api().update(authorization, module, collection, json), redaction, document.id(), Answers.OK)));
  }

  /**
   * Reads record {@code id}, applies {@code change} to its document, validates it and {@code PUT}s
   * it back with every member the server returned but those {@code change} set. Updates of the
   * same record in this process run one after the other, from the read to the end of the write,
   * whichever client or view they come through; a write by another process in between is lost all
   * the same (docs/jakarta-integration.md, "Concurrent updates of one record"). The wait for the
   * record, the read and the write all end by one deadline, {@link ClientSettings#timeout()}.
   */
  public ValidationResponse update(long id, UnaryOperator<EntityDocument> change) {
    Objects.requireNonNull(change, "change == null");
    requireOffered(Operation.UPDATE);
    Deadline deadline = client.exchanges().deadline();
    return RecordLocks.PROCESS.holding(entity.name(), id, deadline, () ->
        update(Objects.requireNonNull(change.apply(get(id, deadline)), "change returned null"), deadline));
  }

  /** {@code POST}s a new record, validated for a create (no Id needed). */
  public ValidationResponse create(JsonObject record) {
    return create(EntityDocument.of(reader, Objects.requireNonNull(record, "record == null")));
  }

  /** {@code POST}s a new record held as a document (a typed view's), validated for a create. */
  public ValidationResponse create(EntityDocument document) {
    Objects.requireNonNull(document, "document == null");
    requireOffered(Operation.CREATE);
    requireThisEntity(document);
    preflight(Operation.CREATE, document);
    String json = document.toJson();
    return judged(Operation.CREATE, () -> call("POST", "", Redaction.secretsIn(json), client.exchanges().deadline(),
        (authorization, redaction) -> Answers.envelope(client.api().create(authorization, module, collection, json),
            redaction, null, Answers.OK, CREATED)));
  }

  /**
   * The records with these Ids, in one request ({@code GET …/?id=[…]}), in the order the server
   * sends them; an Id it does not hold is absent. Like list records, they are projections (Nexudus
   * may leave members out), which is why they are records, not documents: nothing here can be the
   * base of a {@code PUT}, which would clear what the projection left out. To change one, use
   * {@link #update(long, UnaryOperator)}.
   *
   * @throws NexudusServerException if the answer is not an array of records of the Ids asked for
   */
  public List<EntityRecord> batch(long... ids) {
    Objects.requireNonNull(ids, "ids == null");
    if (ids.length == 0) {
      return List.of();
    }
    Set<Long> asked = new HashSet<>();
    StringBuilder list = new StringBuilder("[");
    for (long id : ids) {
      list.append(asked.isEmpty() ? "" : ",").append(id);
      asked.add(id);
    }
    String query = list.append(']').toString();
    return call(GET, "", List.of(), client.exchanges().deadline(), (authorization, redaction) -> {
      try (Response response = client.api().batch(authorization, module, collection, query)) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        List<EntityRecord> records = new ArrayList<>();
        JsonArray array = jsonArray(body);
        if (array == null) {
          throw Answers.unexpected(response, body, redaction);
        }
        for (JsonValue each : array) {
          EntityRecord record = each instanceof JsonObject object ? listRecord(object).orElse(null) : null;
          if (record == null) {
            throw Answers.unexpected(response, body, redaction);
          }
          if (record.id() == null || !asked.contains(record.id())) {
            throw NexudusServerException.otherRecord(entity.recordName(), ids[0], record.id(), response.getStatus());
          }
          records.add(record);
        }
        return List.copyOf(records);
      }
    });
  }

  /**
   * The commands Nexudus offers for record {@code id} ({@code GET …/commands?id=}), each as the
   * server describes it (its {@code Key} is what {@link #runCommand} takes).
   *
   * @throws NexudusServerException if the answer is not an array of objects
   */
  public List<JsonObject> commands(long id) {
    return call(GET, "/commands", List.of(), client.exchanges().deadline(), (authorization, redaction) -> {
      try (Response response = client.api().commands(authorization, module, collection, id)) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        JsonArray array = jsonArray(body);
        if (array == null || array.stream().anyMatch(each -> !(each instanceof JsonObject))) {
          throw Answers.unexpected(response, body, redaction);
        }
        return array.getValuesAs(JsonObject.class);
      }
    });
  }

  /**
   * Runs command {@code key} on the records {@code ids} ({@code POST …/runcommand} with {@code Key},
   * {@code Ids} and {@code Parameters}): voiding an invoice, cancelling a booking… A command is not
   * idempotent, so this client never repeats one whose outcome it does not know: a lost answer is a
   * {@link NexudusUnreachableException} whose {@code outcomeUnknown()} is true; read the records
   * before running it again. (A 401 or a throttling answer means it was not run, and is repeated as
   * any write is.) Commands take a pacing turn like writes.
   *
   * @return the server's success envelope; its {@code Value} is the command's
   * @throws NexudusValidationException if the server refuses it ({@code WasSuccessful: false})
   */
  public ValidationResponse runCommand(String key, List<Long> ids, JsonArray parameters) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(ids, "ids == null");
    Objects.requireNonNull(parameters, "parameters == null");
    JsonArrayBuilder idArray = Json.createArrayBuilder();
    ids.forEach(id -> idArray.add(Objects.requireNonNull(id, "an Id is null")));
    String json = Json.createObjectBuilder().add("Key", key).add("Ids", idArray)
        .add("Parameters", parameters).build().toString();
    return call("POST", "/runcommand", List.of(), client.exchanges().deadline(), (authorization, redaction) ->
        Answers.commandEnvelope(client.api().runCommand(authorization, module, collection, json), redaction));
  }

  private static @Nullable JsonArray jsonArray(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readValue() instanceof JsonArray array ? array : null;
    } catch (JsonException | IllegalStateException notJson) {
      return null;
    }
  }

  /**
   * Deletes the record with this Id. A {@code 200} with {@code WasSuccessful: false} (Nexudus
   * refusing, for example because other records use it) is a {@link NexudusValidationException}.
   *
   * @throws UnsupportedOperationException with nothing sent, if Nexudus offers no delete for this entity
   */
  public ValidationResponse delete(long id) {
    if (!entity.deletable()) {
      throw new UnsupportedOperationException(entity.notOffered("delete"));
    }
    return call("DELETE", "/{id}", List.of(), client.exchanges().deadline(), (authorization, redaction) ->
        Answers.envelope(client.api().delete(authorization, module, collection, id), redaction, id, Answers.OK));
  }

  /**
   * The records {@code query} selects, as a lazy stream: each page is one request, made when the
   * stream needs its first record, within the deadline and the retry settings like any other call.
   * The stream ends after the last page. A page that is not a list answer for the page asked for is
   * thrown as {@link NexudusServerException}, from the stream operation that needed it. List
   * records are projections (Nexudus leaves collections out), which is why they are records, not
   * documents: never {@code PUT} one back.
   *
   * @throws IllegalArgumentException at once, with nothing sent, if a filter names no property the
   *     catalogue knows for this entity (see {@link ListQuery})
   */
  public Stream<EntityRecord> list(ListQuery query) {
    return list(query, reader::read);
  }

  /** {@link #list}, each record read from its JSON by {@code read} (a typed view's reader). */
  <T> Stream<T> list(ListQuery query, Function<byte[], ? extends ReadResult<T>> read) {
    Objects.requireNonNull(query, "query == null");
    String parameters = query.parameters(entity);
    return ListPages.stream(page -> call(GET, "", List.of(), client.exchanges().deadline(), (authorization, redaction) -> {
      try (Response response = client.api().list(authorization, module, collection,
          query.queryString(parameters, page))) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        return ListPages.parse(body, page, (JsonObject record) -> read.apply(
            record.toString().getBytes(StandardCharsets.UTF_8)).record()).orElseThrow(() -> Answers.unexpected(response, body, redaction));
      }
    }));
  }

  private Optional<EntityRecord> listRecord(JsonObject record) {
    return reader.read(record.toString().getBytes(StandardCharsets.UTF_8)).record();
  }

  /** Refuses, before anything is sent, a write Nexudus does not offer for this entity. */
  private void requireOffered(Operation operation) {
    if (!entity.supports(operation)) {
      throw new UnsupportedOperationException(entity.notOffered(operation.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  private void requireThisEntity(EntityDocument document) {
    if (!document.entity().name().equals(entity.name())) {
      throw new IllegalArgumentException("a " + document.entity().recordName() + " document given to the records of "
          + entity.name());
    }
  }

  private void preflight(Operation operation, EntityDocument document) {
    if (client.settings().validateBeforeSend()) {
      ValidationResponse local = document.validate(client.validators().validator(entity.name(), operation).validator());
      client.exchanges().telemetry().validated(entity.name(), operation, local, ClientTelemetry.Origin.LOCAL);
      if (!local.wasSuccessful()) {
        LOG.log(Level.DEBUG, "{0} {1} rejected before sending: {2}", entity.recordName(), document.id(), local.message());
        throw NexudusValidationException.local(entity.recordName(), local);
      }
    }
  }

  /** A write whose verdict Nexudus gives: its success or its rejection is reported to the telemetry. */
  private ValidationResponse judged(Operation operation, Supplier<ValidationResponse> write) {
    ClientTelemetry telemetry = client.exchanges().telemetry();
    try {
      ValidationResponse accepted = write.get();
      telemetry.validated(entity.name(), operation, accepted, ClientTelemetry.Origin.NEXUDUS);
      return accepted;
    } catch (NexudusValidationException rejected) {
      telemetry.validated(entity.name(), operation, rejected.response(), ClientTelemetry.Origin.NEXUDUS);
      throw rejected;
    }
  }

  /** One call with {@code method} on this entity's path and then {@code suffix} ({@code /{id}}). */
  private <T> T call(String method, String suffix, List<String> recordSecrets, Deadline deadline,
      BiFunction<@Nullable String, Redaction, T> exchange) {
    return client.exchanges().call(entity, method, "/api/" + module + "/" + collection + suffix, recordSecrets,
        deadline, exchange);
  }

  @Override
  public String toString() {
    return "EntityRecords[" + entity.name() + " at /api/" + module + "/" + collection + "]";
  }
}
