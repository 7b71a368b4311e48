package dev.preflight.jakarta.json;

import dev.preflight.validation.ValidationResponse;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Maps the Nexudus envelope in JSON-B with the wire format's key order. */
public final class ValidationResponseJsonbAdapter
    implements JsonbSerializer<ValidationResponse>, JsonbDeserializer<ValidationResponse> {

  @Override
  public void serialize(ValidationResponse response, JsonGenerator generator, SerializationContext context) {
    ValidationResponseJson.write(response, generator);
  }

  @Override
  public ValidationResponse deserialize(JsonParser parser, DeserializationContext context, Type type) {
    return ValidationResponseJson.fromObject(parser.getObject())
        .orElseThrow(() -> new JsonbException("not a Nexudus envelope: WasSuccessful is missing"));
  }
}
