package dev.preflight.jakarta.json;

import jakarta.json.Json;
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.Map;

/** The generator factory the record writer uses (immutable once made). */
final class Generators {
  static final JsonGeneratorFactory COMPACT = Json.createGeneratorFactory(Map.of());

  private Generators() {}
}
