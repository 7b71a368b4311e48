package dev.preflight.testing;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.WireNames;
import dev.preflight.validation.JsonStrings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulator's own admin surface, under {@value #ROOT} (never under {@code /api/}, which is
 * Nexudus's): a web console at {@code /_simulator/} and a JSON API at {@code /_simulator/api/}
 * (docs/testing.md, "The admin API and console"). Its requests are not recorded, counted, paced or
 * failed: they are not requests to Nexudus. Secrets never leave it: members named like a secret are
 * shown as {@code ***} in records and answers, and no {@code Authorization} header is shown.
 */
final class SimulatorAdmin {
  static final String ROOT = "/_simulator";
  /** The most recent requests the admin API lists. */
  static final int REQUESTS_SHOWN = 200;
  private static final int LONGEST_ANSWER = 4_000;
  private static final String API = ROOT + "/api/";

  private final NexudusSimulator simulator;

  SimulatorAdmin(NexudusSimulator simulator) {
    this.simulator = simulator;
  }

  SimulatedAnswer handle(String method, String target, byte[] body) {
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    if (path.equals(ROOT)) {
      return new SimulatedAnswer(302, Map.of("Location", ROOT.substring(1) + "/"), "text/plain", "", false);
    }
    if (path.equals(ROOT + "/")) {
      return method.equals("GET") ? new SimulatedAnswer(200, Map.of("Cache-Control", "no-store"),
          "text/html; charset=utf-8", console(), false) : NexudusSimulator.notAllowed(method);
    }
    if (!path.startsWith(API)) {
      return error(404, "no such admin resource: " + path);
    }
    String[] route = path.substring(API.length()).split("/", -1);
    try {
      return switch (route[0] + " " + method) {
        case "state GET" -> state();
        case "records GET" -> route.length == 2 ? records(route[1]) : error(404, "say which entity: records/bookings");
        case "records POST" -> route.length == 2 ? seed(route[1], body) : error(404, "say which entity: records/bookings");
        case "records DELETE" -> clear(route.length == 2 ? route[1] : null);
        case "requests GET" -> requests();
        case "faults POST" -> fault(body);
        case "faults DELETE" -> {
          simulator.clearFault();
          yield state();
        }
        case "reset POST" -> {
          simulator.reset();
          yield state();
        }
        default -> error(route[0].matches("state|records|requests|faults|reset") ? 405 : 404,
            "no such admin request: " + method + " " + path);
      };
    } catch (IllegalArgumentException refused) {
      return error(400, refused.getMessage());
    }
  }

  /** The entities holding records (name, path, count), how many requests came, the pending fault. */
  private SimulatedAnswer state() {
    JsonArrayBuilder entities = Json.createArrayBuilder();
    simulator.recordCounts().forEach((name, count) -> {
      Entity entity = simulator.entity(name);
      entities.add(Json.createObjectBuilder().add("entity", name)
          .add("path", entity.apiPath() == null ? "" : "/api/" + entity.apiPath()).add("records", count));
    });
    JsonObjectBuilder state = Json.createObjectBuilder().add("entities", entities)
        .add("requests", simulator.requestCount());
    simulator.pendingFault().ifPresentOrElse(fault -> state.add("fault", fault), () -> state.addNull("fault"));
    return ok(state.build());
  }

  private SimulatedAnswer records(String entityName) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (String json : simulator.documentsJson(entityName)) {
      records.add(redacted(Json.createReader(new StringReader(json)).readValue()));
    }
    return ok(records.build());
  }

  private SimulatedAnswer seed(String entityName, byte[] body) {
    String json = new String(body, StandardCharsets.UTF_8);
    JsonValue record = parse(json);
    if (!(record instanceof JsonObject object) || !(object.get("Id") instanceof JsonNumber id) || !id.isIntegral()) {
      return error(400, "send one JSON object with an integer Id");
    }
    String name = simulator.entity(entityName).name();
    simulator.seed(name, json);
    return new SimulatedAnswer(201, Map.of(), "application/json", Json.createObjectBuilder().add("entity", name)
        .add("Id", id.longValue()).build().toString(), false);
  }

  private SimulatedAnswer clear(@org.jspecify.annotations.Nullable String entityName) {
    if (entityName == null) {
      simulator.recordCounts().keySet().forEach(simulator::clear);
    } else {
      simulator.clear(entityName);
    }
    return state();
  }

  /** The most recent requests, oldest first: method, path, the status and the answer, secrets hidden. */
  private SimulatedAnswer requests() {
    List<RecordedRequest> all = simulator.requests();
    int first = Math.max(0, all.size() - REQUESTS_SHOWN);
    int number = simulator.requestCount() - (all.size() - first);
    JsonArrayBuilder requests = Json.createArrayBuilder();
    for (RecordedRequest request : all.subList(first, all.size())) {
      requests.add(Json.createObjectBuilder().add("number", ++number).add("method", request.method())
          .add("path", request.path()).add("status", request.status()).add("answer", shown(request.answer())));
    }
    return ok(requests.build());
  }

  /**
   * {@code {"kind": "throttle", "status": 429, "retryAfterSeconds": 30, "times": 1}}; kinds:
   * {@code throttle} (409 or 429), {@code unauthorized}, {@code server-error}, {@code stall},
   * {@code drop}.
   */
  private SimulatedAnswer fault(byte[] body) {
    if (!(parse(new String(body, StandardCharsets.UTF_8)) instanceof JsonObject request)
        || !(request.get("kind") instanceof JsonString kind)) {
      return error(400, "send {\"kind\": \"throttle\", \"status\": 429, \"retryAfterSeconds\": 30, \"times\": 1}");
    }
    int times = number(request, "times", 1);
    if (times < 1 || times > NexudusSimulator.REQUEST_LOG_SIZE) {
      return error(400, "times must be from 1 to " + NexudusSimulator.REQUEST_LOG_SIZE + ": " + times);
    }
    Fault fault = switch (kind.getString()) {
      case "throttle" -> {
        int status = number(request, "status", 429);
        if (status != 409 && status != 429) {
          throw new IllegalArgumentException("Nexudus throttles with 409 or 429, not " + status);
        }
        yield Fault.rateLimited(status, number(request, "retryAfterSeconds", 1));
      }
      case "unauthorized" -> Fault.unauthorized();
      case "server-error" -> Fault.serverErrorJson();
      case "stall" -> Fault.stalledBody();
      case "drop" -> Fault.dropped();
      default -> throw new IllegalArgumentException("no fault '" + kind.getString()
          + "': throttle, unauthorized, server-error, stall or drop");
    };
    simulator.failNext(fault, times);
    return ok(Json.createObjectBuilder().add("fault", fault.describe()).add("times", times).build());
  }

  private static int number(JsonObject request, String name, int otherwise) {
    JsonValue value = request.get(name);
    if (value == null || value == JsonValue.NULL) {
      return otherwise;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
    return number.intValue();
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException notJson) {
      return JsonValue.NULL;
    }
  }

  /** An answer as the console shows it: JSON with its secrets hidden, anything else cut to its start. */
  private static String shown(String answer) {
    JsonValue json = answer.isEmpty() ? JsonValue.NULL : parse(answer);
    String shown = json == JsonValue.NULL ? answer : redacted(json).toString();
    return shown.length() > LONGEST_ANSWER ? shown.substring(0, LONGEST_ANSWER) + "…" : shown;
  }

  /** {@code value} with the text of every member named like a secret replaced by {@code ***}, at any depth. */
  static JsonValue redacted(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      object.forEach((name, member) -> copy.add(name, member instanceof JsonString && WireNames.isSecretName(name)
          ? Json.createValue(WireNames.REDACTED) : redacted(member)));
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.forEach(each -> copy.add(redacted(each)));
      return copy.build();
    }
    return value;
  }

  private static SimulatedAnswer ok(JsonValue json) {
    return new SimulatedAnswer(200, Map.of("Cache-Control", "no-store"), "application/json", json.toString(), false);
  }

  private static SimulatedAnswer error(int status, String message) {
    return new SimulatedAnswer(status, Map.of(), "application/json",
        "{\"Message\":" + JsonStrings.quote(Objects.requireNonNullElse(message, "refused")) + "}", false);
  }

  private static String console() {
    try (InputStream in = SimulatorAdmin.class.getResourceAsStream("console.html")) {
      if (in == null) {
        throw new IllegalStateException("console.html is missing from preflight-testing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
