package dev.preflight.emailaccount.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.JsonType;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ReadResult;
import dev.preflight.emailaccount.validation.ValidationError;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds one JSON object, as the parser reads it, to an EmailAccount: property names matched as the
 * server matches them, values checked against their wire type, duplicates and (in strict mode)
 * unknown properties reported, nesting held to the depth limit. The record half of {@link
 * EmailAccountJsonReader}; immutable and thread-safe.
 */
final class RecordBinder {
  private static final int MAX_ECHOED_NUMBER = 64;
  /** {@link #readObject}'s end offset for an object whose size needs no checking. */
  static final long NO_SIZE_LIMIT = Long.MAX_VALUE;

  private final JsonLimits limits;
  private final boolean strict;

  RecordBinder(JsonLimits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  /**
   * Reads the members of an object whose START_OBJECT the parser has just returned, up to and
   * including its END_OBJECT. Used by the reader, the array reader and the JSON-B adapter.
   *
   * @param depth the nesting depth of this object (1 for a top-level record)
   * @param endOffset the stream offset the object must end by (an array element), or {@link
   *     #NO_SIZE_LIMIT} (a body whose size was checked before parsing)
   * @throws TooDeep when nesting goes beyond the limit
   */
  ReadResult readObject(JsonParser parser, int depth, long endOffset) {
    if (depth > limits.maxDepth()) {
      throw new TooDeep(depth);
    }
    EmailAccount.Builder builder = EmailAccount.builder();
    List<ValidationError> errors = new ArrayList<>();
    int seen = 0;
    int closed = 0;
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      if (isPast(parser, endOffset)) {
        skipValue(parser, Event.START_OBJECT, depth - 1);
        return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
      }
      String name = parser.getString();
      Event value = parser.next();
      Property property = Property.fromWireName(name);
      if (property == null) {
        if (strict) {
          errors.add(InputErrors.unknownProperty(name));
        }
        skipValue(parser, value, depth);
        continue;
      }
      int bit = 1 << property.ordinal();
      if ((seen & bit) != 0) {
        Object second = rawValue(parser, value, depth);
        if ((closed & bit) == 0) {
          errors.add(InputErrors.duplicate(property, echo(property, second)));
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
    if (isPast(parser, endOffset)) {
      return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    return ReadResult.of(builder.build(), errors);
  }

  /** Whether the parser has gone beyond {@code endOffset} (never, for {@link #NO_SIZE_LIMIT}). */
  private static boolean isPast(JsonParser parser, long endOffset) {
    return endOffset != NO_SIZE_LIMIT && parser.getLocation().getStreamOffset() > endOffset;
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
          return InputErrors.stringTooLong(property, text, limits.maxStringLength());
        }
        if (property.jsonType() != JsonType.STRING) {
          return InputErrors.wrongType(property, text);
        }
        builder.set(property, text);
        return null;
      }
      case VALUE_NUMBER: {
        // The text decides, not JsonParser.isIntegralNumber(): that builds a BigDecimal, which
        // throws for exponents beyond int range.
        String text = parser.getString();
        Object integer = property.jsonType() == JsonType.INTEGER && isIntegral(text)
            ? integer(text, property.javaType() == Long.class)
            : null;
        if (integer == null) {
          return InputErrors.wrongType(property, number(text));
        }
        builder.set(property, integer);
        return null;
      }
      case VALUE_TRUE:
      case VALUE_FALSE: {
        Boolean flag = value == Event.VALUE_TRUE;
        if (property.jsonType() != JsonType.BOOLEAN) {
          return InputErrors.wrongType(property, flag);
        }
        builder.set(property, flag);
        return null;
      }
      default:
        skipValue(parser, value, depth);
        return InputErrors.wrongType(property, null);
    }
  }

  /** The value as it may be echoed: strings over the limit are cut by {@link InputErrors}. */
  private @Nullable Object echo(Property property, @Nullable Object raw) {
    if (raw instanceof String text && text.length() > limits.maxStringLength()) {
      return InputErrors.stringTooLong(property, text, limits.maxStringLength()).attemptedValue();
    }
    return raw;
  }

  /** The current value as a JSON scalar (null for null, arrays and objects, which are skipped). */
  private @Nullable Object rawValue(JsonParser parser, Event value, int depth) {
    return switch (value) {
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER -> number(parser.getString());
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> {
        skipValue(parser, value, depth);
        yield null;
      }
    };
  }

  /** An integer within the Java type's range, or null. */
  private static @Nullable Object integer(String digits, boolean isLong) {
    if (digits.length() > 20) {
      return null;
    }
    try {
      long n = Long.parseLong(digits);
      if (isLong) {
        return n;
      }
      return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : null;
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }

  /**
   * A JSON number as an AttemptedValue: a Long when it is one, else a BigInteger or BigDecimal;
   * numbers longer than 64 characters are not echoed (null), so that no input costs more than
   * linear time.
   */
  private static @Nullable Object number(String text) {
    if (text.length() > MAX_ECHOED_NUMBER) {
      return null;
    }
    if (isIntegral(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooBig) {
        return new BigInteger(text);
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException exponentOutOfRange) {
      return null;
    }
  }

  /** Whether a JSON number's text has neither fraction nor exponent. */
  private static boolean isIntegral(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  /** Skips the value that starts with {@code event}, counting nesting against the limit. */
  void skipValue(JsonParser parser, Event event, int depth) {
    if (event != Event.START_ARRAY && event != Event.START_OBJECT) {
      return;
    }
    int level = depth + 1;
    if (level > limits.maxDepth()) {
      throw new TooDeep(level);
    }
    while (level > depth) {
      Event next = parser.next();
      if (next == Event.START_ARRAY || next == Event.START_OBJECT) {
        if (++level > limits.maxDepth()) {
          throw new TooDeep(level);
        }
      } else if (next == Event.END_ARRAY || next == Event.END_OBJECT) {
        level--;
      }
    }
  }

  /** Nesting beyond the limit: unwinds the reading at once. */
  static final class TooDeep extends RuntimeException {
    /** The nesting level of the object or array just opened (a top-level value is at level 1). */
    final int level;

    TooDeep(int level) {
      super("nested too deeply", null, false, false);
      this.level = level;
    }
  }

}
