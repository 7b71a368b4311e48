package dev.preflight.testing;

import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.JsonValidators;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.catalogue.Entity;
import dev.preflight.Validators;
import dev.preflight.catalogue.WireNames;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The records of every catalogue entity but EmailAccount (which {@link NexudusSimulator} keeps with
 * its hand-tuned rules), each kept whole as it was sent and validated with the catalogue's standard
 * rules. An entity is served at the API path the catalogue gives it, or, where the catalogue knows
 * none, below any module ({@code /api/<module>/<entity>}). Thread-safe.
 */
final class SimulatedEntities {
  private final JsonValidators doors = JsonValidators.standard();
  private final Validators validators = doors.validators();
  /** The last path segments that name an action on a collection, not a record: a batch read, the commands. */
  static final Set<String> ACTIONS = Set.of("", "commands", "runcommand");
  /** The members Nexudus maintains itself, kept across a PUT that leaves them out. */
  private static final List<String> SERVER_MAINTAINED = List.of("CreatedOn", "UniqueId", "IsNew");
  private static final String UPDATED_ON = "UpdatedOn";

  private final Map<String, Map<Long, EntityDocument>> stores = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> commands = new ConcurrentHashMap<>();
  private final Map<String, List<String>> commandsRun = new ConcurrentHashMap<>();

  void clear() {
    stores.clear();
    commands.clear();
    commandsRun.clear();
  }

  void clear(String entityName) {
    stores.remove(entityName);
  }

  /** How many records each entity holds, for those holding any. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    stores.forEach((name, store) -> {
      if (!store.isEmpty()) {
        counts.put(name, store.size());
      }
    });
    return counts;
  }

  void offerCommand(String entityName, String key) {
    commands.computeIfAbsent(entityName, name -> ConcurrentHashMap.newKeySet()).add(key);
  }

  List<String> commandsRun(String entityName) {
    return List.copyOf(commandsRun.getOrDefault(entityName, List.of()));
  }

  /**
   * {@code GET …/?id=[…]} (the records held among those Ids, as projections, or the list when no
   * {@code id} is given), {@code GET …/commands?id=} and {@code POST …/runcommand}.
   */
  SimulatedAnswer action(Entity entity, String method, String action, String query, byte[] body) {
    Map<String, String> parameters = SimulatedTokens.form(query);
    return switch (action + " " + method) {
      case " GET" -> parameters.containsKey("id") ? batch(entity, parameters.get("id"))
          : SimulatedList.page(entity.recordName(), jsonOf(entity), query);
      case "commands GET" -> {
        JsonArrayBuilder offered = Json.createArrayBuilder();
        new java.util.TreeSet<>(commands.getOrDefault(entity.name(), Set.of()))
            .forEach(key -> offered.add(Json.createObjectBuilder().add("Key", key)));
        yield SimulatedAnswer.json(200, offered.build().toString());
      }
      case "runcommand POST" -> runCommand(entity, body);
      default -> NexudusSimulator.notAllowed(method);
    };
  }

  private SimulatedAnswer batch(Entity entity, String ids) {
    String list = ids.strip();
    if (!list.matches("\\[\\s*\\d+(\\s*,\\s*\\d+)*\\s*\\]")) {
      return SimulatedAnswer.json(400, "{\"Message\":\"The request is invalid.\"}");
    }
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (String id : list.substring(1, list.length() - 1).split(",")) {
      EntityDocument document = store(entity).get(Long.parseLong(id.strip()));
      if (document != null) {
        records.add(SimulatedList.projection(Json.createReader(new StringReader(document.toJson())).readObject()));
      }
    }
    return SimulatedAnswer.json(200, records.build().toString());
  }

  private SimulatedAnswer runCommand(Entity entity, byte[] body) {
    JsonObject command;
    try {
      command = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    } catch (RuntimeException notJson) {
      return SimulatedAnswer.json(400, "{\"Message\":\"The request is invalid.\"}");
    }
    String key = command.get("Key") instanceof JsonString text ? text.getString() : null;
    if (key == null || !commands.getOrDefault(entity.name(), Set.of()).contains(key)) {
      return SimulatedAnswer.json(200, "{\"Message\":\"Key: is not a command of " + entity.recordName()
          + "\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"is not a command of "
          + entity.recordName() + "\",\"PropertyName\":\"Key\"}],\"WasSuccessful\":false}");
    }
    commandsRun.computeIfAbsent(entity.name(), name -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(command.toString());
    return SimulatedAnswer.json(200, "{\"Message\":\"The command was run.\",\"Value\":"
        + (command.get("Ids") == null ? "null" : command.get("Ids").toString()) + ",\"Errors\":null,\"WasSuccessful\":true}");
  }

  /** The entity served at {@code /api/<module>/<collection>}, or null. */
  @Nullable Entity at(String module, String collection) {
    Optional<Entity> entity = validators.catalogue().entity(collection);
    if (entity.isEmpty() || !entity.get().name().equals(collection)) {
      return null;
    }
    String apiPath = entity.get().apiPath();
    return apiPath == null || apiPath.equals(module + "/" + collection) ? entity.get() : null;
  }

  /** The catalogue entity so named, any case. @throws IllegalArgumentException if there is none */
  Entity entity(String name) {
    return validators.entity(name);
  }

  /** Answers a request to the entity's collection ({@code id} null) or to one of its records. */
  SimulatedAnswer handle(Entity entity, String method, @Nullable Long id, String query, byte[] body, LongSupplier nextId) {
    if (id == null) {
      return switch (method) {
        // A batch read names its Ids; a runtime may have dropped the slash before the query.
        case "GET" -> SimulatedTokens.form(query).containsKey("id") ? action(entity, method, "", query, body)
            : SimulatedList.page(entity.recordName(), jsonOf(entity), query);
        case "PUT" -> write(entity, body, Operation.UPDATE, nextId);
        case "POST" -> write(entity, body, Operation.CREATE, nextId);
        default -> NexudusSimulator.notAllowed(method);
      };
    }
    return switch (method) {
      case "GET" -> document(entity.name(), id).map(document -> SimulatedAnswer.json(200, document.toJson()))
          .orElseGet(NexudusSimulator::notFound);
      case "DELETE" -> !entity.deletable() ? NexudusSimulator.notAllowed(method) : store(entity).remove(id) != null
          ? SimulatedAnswer.json(200, NexudusSimulator.success(entity.recordName(), "deleted", id))
          : NexudusSimulator.notFound();
      default -> NexudusSimulator.notAllowed(method);
    };
  }

  private SimulatedAnswer write(Entity entity, byte[] body, Operation operation, LongSupplier nextId) {
    if (!entity.supports(operation)) {
      // The references list no such write for it (a read-only entity): the API has no such operation.
      return NexudusSimulator.notAllowed(operation == Operation.CREATE ? "POST" : "PUT");
    }
    JsonValidator door = doors.validator(entity.name(), operation);
    ValidationResponse verdict = door.validate(door.read(body));
    if (!verdict.wasSuccessful()) {
      return SimulatedAnswer.json(400, EnvelopeJson.toJson(verdict));
    }
    EntityDocument document;
    if (operation == Operation.CREATE) {
      document = withId(entity, body, nextId.getAsLong());
    } else {
      document = EntityDocument.read(reader(entity), body).orElseThrow();
      if (document.id() == null || !store(entity).containsKey(document.id())) {
        return NexudusSimulator.notFound();
      }
      document = maintained(store(entity).get(document.id()), document);
    }
    store(entity).put(document.id(), document);
    return SimulatedAnswer.json(200, NexudusSimulator.success(entity.recordName(),
        operation == Operation.CREATE ? "created" : "updated", document.id()));
  }

  /**
   * What the server keeps of a record whatever a PUT says: the members it maintains ({@code
   * CreatedOn}, {@code UniqueId}, {@code IsNew}) stay when the body leaves them out, and an {@code
   * UpdatedOn} the record holds is set to now. Every other member the body omits is cleared, as
   * Nexudus clears it.
   */
  private static EntityDocument maintained(EntityDocument stored, EntityDocument sent) {
    EntityDocument kept = sent;
    for (String member : SERVER_MAINTAINED) {
      if (kept.value(member).isEmpty()) {
        EntityDocument current = kept;
        kept = stored.value(member).map(value -> current.with(member, value)).orElse(current);
      }
    }
    if (stored.value(UPDATED_ON).isPresent()) {
      kept = kept.with(UPDATED_ON, Json.createValue(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
          .toString()));
    }
    return kept;
  }

  /** The record of a create, with the Id the server gives it first and any Id it was sent left out. */
  private EntityDocument withId(Entity entity, byte[] body, long id) {
    String text = new String(body, StandardCharsets.UTF_8);
    JsonObject sent = Json.createReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).readObject();
    JsonObjectBuilder created = Json.createObjectBuilder().add("Id", id);
    sent.forEach((name, value) -> {
      if (!WireNames.equalsIgnoreCase(name, "Id")) {
        created.add(name, value);
      }
    });
    return EntityDocument.read(reader(entity), created.build().toString().getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  /** Stores the record that {@code json} holds, with every member. */
  void put(String entityName, String json) {
    Entity entity = validators.entity(entityName);
    EntityDocument document = EntityDocument.read(reader(entity), json.getBytes(StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalArgumentException("not a whole " + entity.recordName() + " record: " + json));
    if (document.id() == null) {
      throw new IllegalArgumentException("the record has no Id");
    }
    store(entity).put(document.id(), document);
  }

  Optional<EntityDocument> document(String entityName, long id) {
    return Optional.ofNullable(store(validators.entity(entityName)).get(id));
  }

  Map<Long, EntityDocument> documents(String entityName) {
    return Map.copyOf(store(validators.entity(entityName)));
  }

  int size() {
    return stores.values().stream().mapToInt(Map::size).sum();
  }

  private List<String> jsonOf(Entity entity) {
    List<String> json = new ArrayList<>();
    store(entity).values().forEach(document -> json.add(document.toJson()));
    return json;
  }

  private Map<Long, EntityDocument> store(Entity entity) {
    return stores.computeIfAbsent(entity.name(), name -> new ConcurrentHashMap<>());
  }

  private JsonValidator reader(Entity entity) {
    return doors.validator(entity.name(), Operation.UPDATE);
  }
}
