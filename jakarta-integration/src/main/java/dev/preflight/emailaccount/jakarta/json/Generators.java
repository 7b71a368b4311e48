package dev.preflight.emailaccount.jakarta.json;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.Map;

/** The two generator factories the writers share (immutable once made). */
final class Generators {
  static final JsonGeneratorFactory COMPACT = Json.createGeneratorFactory(Map.of());
  static final JsonGeneratorFactory PRETTY = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private Generators() {}
}
