package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.WireNames;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any record of a catalogue entity that reads whole goes back as it came, and with one member set,
 * only that member's value differs (or it is added at the end): every other member keeps its exact
 * text and place. The committed corpus holds records (JSON followed by three bytes that pick the
 * entity, the member and the value).
 */
class EntityDocumentFuzzTest {
  private static final List<Entity> ENTITIES = List.of("bookings", "coworkers", "coworkernotes", "products").stream()
      .map(name -> EntityCatalogue.standard().entity(name).orElseThrow()).toList();
  private static final List<JsonValidator> READERS = ENTITIES.stream()
      .map(entity -> JsonValidators.standard().validator(entity.name(), Operation.UPDATE)).toList();

  @FuzzTest(maxDuration = "30s")
  void aDocumentGoesBackWithOnlyItsChangeChanged(FuzzedDataProvider data) {
    int which = Math.floorMod(data.consumeByte(), ENTITIES.size());
    int memberPick = data.consumeByte();
    int variant = data.consumeByte();
    byte[] body = data.consumeRemainingAsBytes();
    Optional<EntityDocument> read = EntityDocument.read(READERS.get(which), body);
    if (read.isEmpty()) {
      return;
    }
    EntityDocument document = read.get();
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(document.toJson()).isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);

    String name = memberName(ENTITIES.get(which), document, memberPick);
    if (WireNames.equalsIgnoreCase(name, "Id")) {
      return;
    }
    JsonValue value = valueFor(variant);
    EntityDocument changed = document.with(name, value);

    assertThat(changed.value(name)).contains(value);
    List<List<String>> before = members(document.toJson());
    List<List<String>> after = members(changed.toJson());
    Optional<String> target = matched(document, name);
    before.removeIf(member -> target.isPresent() && member.get(0).equals(target.get()));
    after.removeIf(member -> member.get(0).equals(target.orElse(name)));
    assertThat(after).isEqualTo(before);
    assertThat(changed.id()).isEqualTo(document.id());
  }

  /** A field of the entity, a member the document has (in another case, sometimes), or a new name. */
  private static String memberName(Entity entity, EntityDocument document, int pick) {
    List<String> names = document.memberNames();
    return switch (Math.floorMod(pick, 4)) {
      case 0 -> entity.fields().get(Math.floorMod(pick, entity.fields().size())).wireName();
      case 1 -> names.isEmpty() ? "Notes" : names.get(Math.floorMod(pick, names.size())).toUpperCase();
      case 2 -> names.isEmpty() ? "Notes" : names.get(Math.floorMod(pick, names.size()));
      default -> "Added" + Math.floorMod(pick, 7);
    };
  }

  /** The name of the member {@code with(name, …)} replaces; empty when it adds one. */
  private static Optional<String> matched(EntityDocument document, String name) {
    for (String held : document.memberNames()) {
      if (held.equals(name)) {
        return Optional.of(held);
      }
    }
    for (String held : document.memberNames()) {
      if (WireNames.equalsIgnoreCase(held, name)) {
        return Optional.of(held);
      }
    }
    return Optional.empty();
  }

  private static JsonValue valueFor(int variant) {
    return switch (Math.floorMod(variant, 6)) {
      case 0 -> JsonValue.NULL;
      case 1 -> Json.createValue(variant * 1_000_003L);
      case 2 -> variant % 2 == 0 ? JsonValue.TRUE : JsonValue.FALSE;
      case 3 -> Json.createValue(new java.math.BigDecimal("12.50000000000000001"));
      case 4 -> Json.createArrayBuilder().add(1).add("two").build();
      default -> Json.createValue("v\"\\\u00e9\u2028\n" + variant);
    };
  }

  /** Each member's name and exact value text, in order. */
  private static List<List<String>> members(String json) {
    List<List<String>> members = new ArrayList<>();
    for (JsonText.Member member : JsonText.members(json)) {
      members.add(List.of(member.name(), json.substring(member.valueStart(), member.valueEnd())));
    }
    return members;
  }
}
