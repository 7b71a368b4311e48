package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.JsonType;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationError;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds one JSON object, as the parser reads it, to an EmailAccount: property names matched as the
 * server matches them, values checked against their wire type, duplicates and (in strict mode)
 * unknown properties reported, nesting held to the depth limit. The EmailAccount half of {@link
 * RecordReader#emailAccounts}; immutable and thread-safe.
 */
final class EmailAccountBinder implements ObjectBinder<ReadResult<EmailAccount>> {
  private static final Property[] PROPERTIES = Property.values();
  /** The properties' wire names in UTF-8, by ordinal. */
  private static final byte[][] NAMES = Arrays.stream(PROPERTIES)
      .map(property -> property.wireName().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

  private final JsonLimits limits;
  private final boolean strict;

  EmailAccountBinder(JsonLimits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  @Override
  public JsonLimits limits() {
    return limits;
  }

  @Override
  public ReadResult<EmailAccount> bodyError(ValidationError error) {
    return ReadResult.bodyError(error);
  }

  /** Used by the reader, the array reader and the JSON-B adapter. */
  @Override
  public ReadResult<EmailAccount> readObject(JsonParser parser, int depth, long endOffset) {
    if (depth > limits.maxDepth()) {
      throw new JsonValues.TooDeep(depth);
    }
    EmailAccount.Builder builder = EmailAccount.builder();
    List<ValidationError> errors = new ArrayList<>();
    int seen = 0;
    int closed = 0;
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      if (JsonValues.isPast(parser, endOffset)) {
        JsonValues.skipValue(parser, Event.START_OBJECT, depth - 1, limits.maxDepth());
        return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
      }
      String name = parser.getString();
      Event value = parser.next();
      Property property = Property.fromWireName(name);
      if (property == null) {
        if (strict) {
          errors.add(InputErrors.unknownProperty(name));
        }
        JsonValues.skipValue(parser, value, depth, limits.maxDepth());
        continue;
      }
      int bit = 1 << property.ordinal();
      if ((seen & bit) != 0) {
        Object second = JsonValues.rawValue(parser, value, depth, limits.maxDepth());
        if ((closed & bit) == 0) {
          errors.add(InputErrors.duplicate(property.wireName(), echo(property, second)));
          builder.set(property, null);
          closed |= bit;
        }
        continue;
      }
      seen |= bit;
      ValidationError error = readValue(parser, value, depth, property, builder);
      if (error != null) {
        errors.add(error);
        closed |= bit;
      }
    }
    if (JsonValues.isPast(parser, endOffset)) {
      return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    return ReadResult.of(builder.build(), errors);
  }

  @Override
  public ReadResult<EmailAccount> readMembers(Utf8JsonScanner scanner) {
    EmailAccount.Builder builder = EmailAccount.builder();
    int seen = 0;
    int expected = 0;
    for (int index = scanner.member(NAMES, expected); index != Utf8JsonScanner.END; index = scanner.member(NAMES, expected)) {
      Property property = index == Utf8JsonScanner.OTHER ? Property.fromWireName(scanner.name()) : PROPERTIES[index];
      if (property == null) {
        if (strict) {
          throw Utf8JsonScanner.NotRead.INSTANCE;
        }
        scanner.skipValue(1, limits.maxDepth());
        continue;
      }
      int bit = 1 << property.ordinal();
      if ((seen & bit) != 0) {
        throw Utf8JsonScanner.NotRead.INSTANCE;
      }
      seen |= bit;
      expected = property.ordinal() + 1;
      if (scanner.valueStart() == 'n') {
        scanner.skipNull();
        continue;
      }
      Object value = switch (property.jsonType()) {
        case STRING -> scanner.string();
        case BOOLEAN -> scanner.bool();
        case INTEGER -> property.javaType() == Long.class ? scanner.integer(true) : (Object) scanner.integer(false).intValue();
      };
      if (value instanceof String text && text.length() > limits.maxStringLength()) {
        throw Utf8JsonScanner.NotRead.INSTANCE;
      }
      builder.set(property, value);
    }
    return ReadResult.of(builder.build(), List.of());
  }

  /** Sets {@code property} from the current value, or returns the error that keeps it from being set. */
  private @Nullable ValidationError readValue(
      JsonParser parser, Event value, int depth, Property property, EmailAccount.Builder builder) {
    switch (value) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING: {
        String text = parser.getString();
        if (text.length() > limits.maxStringLength()) {
          return InputErrors.stringTooLong(property.wireName(), text, limits.maxStringLength());
        }
        if (property.jsonType() != JsonType.STRING) {
          return InputErrors.wrongType(property.wireName(), text, property.wrongTypeMessage());
        }
        builder.set(property, text);
        return null;
      }
      case VALUE_NUMBER: {
        String text = parser.getString();
        Object integer = property.jsonType() == JsonType.INTEGER
            ? JsonValues.integer(text, property.javaType() == Long.class)
            : null;
        if (integer == null) {
          return InputErrors.wrongType(property.wireName(), JsonValues.number(text), property.wrongTypeMessage());
        }
        builder.set(property, integer);
        return null;
      }
      case VALUE_TRUE:
      case VALUE_FALSE: {
        Boolean flag = value == Event.VALUE_TRUE;
        if (property.jsonType() != JsonType.BOOLEAN) {
          return InputErrors.wrongType(property.wireName(), flag, property.wrongTypeMessage());
        }
        builder.set(property, flag);
        return null;
      }
      default:
        JsonValues.skipValue(parser, value, depth, limits.maxDepth());
        return InputErrors.wrongType(property.wireName(), null, property.wrongTypeMessage());
    }
  }

  /** The value as it may be echoed: strings over the limit are cut by {@link InputErrors}. */
  private @Nullable Object echo(Property property, @Nullable Object raw) {
    if (raw instanceof String text && text.length() > limits.maxStringLength()) {
      return InputErrors.stringTooLong(property.wireName(), text, limits.maxStringLength()).attemptedValue();
    }
    return raw;
  }
}
