package dev.preflight.jakarta.json;

import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Nexudus envelope through Jakarta JSON Processing: written to a {@link JsonGenerator} (for
 * JSON-B) with the keys in the seed's order, and read back from any server answer that is one. For
 * the envelope as text, use core's {@link dev.preflight.validation.EnvelopeJson}, which
 * writes the same text without a JSON library.
 */
public final class ValidationResponseJson {
  /** What stands for the errors of a failure whose own could not be read. */
  public static final ValidationError UNREADABLE =
      new ValidationError("$", null, "was rejected by the server without a readable reason");

  private ValidationResponseJson() {}

  /** Writes {@code response} as one JSON object to {@code generator}. */
  public static void write(ValidationResponse response, JsonGenerator generator) {
    generator.writeStartObject();
    generator.write("Message", response.message());
    RecordId value = response.value();
    if (value == null) {
      generator.writeNull("Value");
    } else {
      generator.writeStartObject("Value").write("Id", value.id()).writeEnd();
    }
    if (response.errors().isEmpty()) {
      generator.writeNull("Errors");
    } else {
      generator.writeStartArray("Errors");
      for (ValidationError error : response.errors()) {
        generator.writeStartObject();
        writeScalar(generator, "AttemptedValue", error.attemptedValue());
        generator.write("Message", error.message());
        generator.write("PropertyName", error.propertyName());
        generator.writeEnd();
      }
      generator.writeEnd();
    }
    generator.write("WasSuccessful", response.wasSuccessful());
    generator.writeEnd();
  }

  /**
   * The envelope in a server's answer, or empty when the body is not one (not JSON, HTML, a bare
   * string such as {@code "Not found"}, or an object without a boolean {@code WasSuccessful}).
   * Keys are matched exactly; other keys ({@code Status}, {@code UpdatedOn}…) are ignored.
   */
  public static Optional<ValidationResponse> parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? fromObject(object) : Optional.empty();
    } catch (JsonException | IllegalStateException | ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The envelope held by {@code object}, or empty when it is not one (no boolean {@code
   * WasSuccessful}).
   *
   * <p>A failure always comes out usable: an entry of {@code Errors} without a string {@code
   * Message} and {@code PropertyName} is left out; when no error is left and the {@code Message}
   * was not a string, or was blank, or anything was left out, the one error {@link #UNREADABLE}
   * stands for them; a blank {@code Message} becomes the first error's summary. A well-formed
   * failure without errors ({@code "Errors": null} and a message) is kept as the server wrote it
   * ({@link ValidationResponse#rejection}). A failure's {@code Value} is not kept. A success with
   * errors ({@code WasSuccessful: true} and a non-empty {@code Errors} array) contradicts itself
   * and is no envelope: empty.
   */
  public static Optional<ValidationResponse> fromObject(JsonObject object) {
    JsonValue successful = object.get("WasSuccessful");
    if (successful != JsonValue.TRUE && successful != JsonValue.FALSE) {
      return Optional.empty();
    }
    boolean wasSuccessful = successful == JsonValue.TRUE;
    JsonValue messageValue = object.get("Message");
    boolean malformed = !isStringOrNull(messageValue);
    String message = messageValue instanceof JsonString text ? text.getString() : "";
    RecordId id = null;
    if (object.get("Value") instanceof JsonObject value && value.get("Id") instanceof JsonNumber number) {
      id = new RecordId(number.longValueExact());
    }
    List<ValidationError> errors = new ArrayList<>();
    JsonValue errorsValue = object.get("Errors");
    if (errorsValue instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonObject error
            && error.get("Message") instanceof JsonString m
            && error.get("PropertyName") instanceof JsonString p) {
          errors.add(new ValidationError(p.getString(), scalar(error.get("AttemptedValue")), m.getString()));
        } else {
          malformed = true;
        }
      }
    } else {
      malformed |= errorsValue != null && errorsValue != JsonValue.NULL;
    }
    if (wasSuccessful && errorsValue instanceof JsonArray array && !array.isEmpty()) {
      return Optional.empty();
    }
    if (!wasSuccessful) {
      if (errors.isEmpty() && (malformed || message.isBlank())) {
        errors.add(UNREADABLE);
      }
      if (message.isBlank()) {
        message = errors.get(0).summary();
      }
    }
    return Optional.of(wasSuccessful ? ValidationResponse.success(message, id) : ValidationResponse.rejection(message, errors));
  }

  private static boolean isStringOrNull(@Nullable JsonValue value) {
    return value == null || value == JsonValue.NULL || value instanceof JsonString;
  }

  private static @Nullable Object scalar(@Nullable JsonValue value) {
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value instanceof JsonNumber number) {
      if (!number.isIntegral()) {
        return number.bigDecimalValue();
      }
      BigInteger integer = number.bigIntegerValue();
      return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    return null;
  }

  private static void writeScalar(JsonGenerator generator, String name, @Nullable Object value) {
    if (value == null) {
      generator.writeNull(name);
    } else if (value instanceof String text) {
      generator.write(name, text);
    } else if (value instanceof Boolean flag) {
      generator.write(name, flag);
    } else if (value instanceof Integer number) {
      generator.write(name, number);
    } else if (value instanceof Long number) {
      generator.write(name, number);
    } else if (value instanceof BigInteger number) {
      generator.write(name, number);
    } else {
      generator.write(name, (BigDecimal) value);
    }
  }
}
