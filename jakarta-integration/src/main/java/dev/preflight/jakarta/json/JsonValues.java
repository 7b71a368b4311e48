package dev.preflight.jakarta.json;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * What every record binder does with the parser's values whatever the entity: numbers read from
 * their text, values echoed as AttemptedValue, values skipped with their nesting counted against
 * the limit, and the object held to its size. Stateless.
 */
final class JsonValues {
  private static final int MAX_ECHOED_NUMBER = 64;
  /** A binder's end offset for an object whose size needs no checking. */
  static final long NO_SIZE_LIMIT = Long.MAX_VALUE;

  private JsonValues() {}

  /** Whether the parser has gone beyond {@code endOffset} (never, for {@link #NO_SIZE_LIMIT}). */
  static boolean isPast(JsonParser parser, long endOffset) {
    return endOffset != NO_SIZE_LIMIT && parser.getLocation().getStreamOffset() > endOffset;
  }

  /** An integer within the Java type's range ({@code Long} or {@code Integer}), or null. */
  static @Nullable Object integer(String digits, boolean isLong) {
    if (digits.length() > 20 || !isIntegral(digits)) {
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
   * linear time. The text decides, not {@code JsonParser.isIntegralNumber()}: that builds a
   * BigDecimal, which throws for exponents beyond int range.
   */
  static @Nullable Object number(String text) {
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

  /** A JSON number as a decimal, or null when it has more than 64 characters or its exponent is out of range. */
  static @Nullable BigDecimal decimal(String text) {
    if (text.length() > MAX_ECHOED_NUMBER) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException exponentOutOfRange) {
      return null;
    }
  }

  /**
   * A JSON number as a list element holds it: a Long when it is an integer within 64 bits, else a
   * BigDecimal; null when it has more than 64 characters or its exponent is out of range.
   */
  static @Nullable Object plainNumber(String text) {
    if (text.length() > MAX_ECHOED_NUMBER) {
      return null;
    }
    if (isIntegral(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException beyondLong) {
        return new BigDecimal(text);
      }
    }
    return decimal(text);
  }

  /**
   * The value that starts with {@code event} as plain Java (see {@link Utf8JsonScanner#plain}); a
   * container opens at {@code depth + 1}, within {@code maxDepth}; a name twice in an object keeps
   * its last value in its first place, as JSON-P's objects do. A number {@link #plainNumber} cannot
   * hold is read as null and sets {@code unheld[0]}; the value is read to its end all the same.
   */
  static @Nullable Object plainValue(JsonParser parser, Event event, int depth, int maxDepth, boolean[] unheld) {
    switch (event) {
      case START_OBJECT: {
        if (depth + 1 > maxDepth) {
          throw new TooDeep(depth + 1);
        }
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
        for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
          String name = parser.getString();
          members.put(name, plainValue(parser, parser.next(), depth + 1, maxDepth, unheld));
        }
        return members;
      }
      case START_ARRAY: {
        if (depth + 1 > maxDepth) {
          throw new TooDeep(depth + 1);
        }
        java.util.List<Object> elements = new java.util.ArrayList<>();
        for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
          elements.add(plainValue(parser, next, depth + 1, maxDepth, unheld));
        }
        return elements;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER: {
        Object number = plainNumber(parser.getString());
        unheld[0] |= number == null;
        return number;
      }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }


  /** Whether a JSON number's text has neither fraction nor exponent. */
  static boolean isIntegral(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  /** The current value as a JSON scalar (null for null, arrays and objects, which are skipped). */
  static @Nullable Object rawValue(JsonParser parser, Event value, int depth, int maxDepth) {
    return switch (value) {
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER -> number(parser.getString());
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> {
        skipValue(parser, value, depth, maxDepth);
        yield null;
      }
    };
  }

  /** Skips the value that starts with {@code event}, counting nesting against {@code maxDepth}. */
  static void skipValue(JsonParser parser, Event event, int depth, int maxDepth) {
    if (event != Event.START_ARRAY && event != Event.START_OBJECT) {
      return;
    }
    int level = depth + 1;
    if (level > maxDepth) {
      throw new TooDeep(level);
    }
    while (level > depth) {
      Event next = parser.next();
      if (next == Event.START_ARRAY || next == Event.START_OBJECT) {
        if (++level > maxDepth) {
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
