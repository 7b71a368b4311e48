package dev.preflight.emailaccount.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.JsonType;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ValidationError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads EmailAccount records from JSON exactly as contract §5 says, with the JSON-P streaming
 * parser: bounded size, depth and string length; property names matched case-insensitively;
 * duplicates, wrong types and (in strict mode) unknown properties reported in the server's words.
 * Never throws for bad input, never presents a partial record as whole.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailAccountJsonReader {
  private static final int MAX_ECHOED_NUMBER = 64;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** {@link #readObject}'s end offset for an object whose size needs no checking. */
  static final long NO_SIZE_LIMIT = Long.MAX_VALUE;

  private final JsonLimits limits;
  private final boolean strict;
  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());

  private EmailAccountJsonReader(JsonLimits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  /** The contract's defaults: 1 MiB, depth 32, strings of 65536 characters, unknown properties ignored. */
  public static EmailAccountJsonReader standard() {
    return new EmailAccountJsonReader(JsonLimits.DEFAULTS, false);
  }

  /**
   * A reader with other limits; in strict mode, each unknown property is reported as {@code is not
   * a known field} under the name as sent.
   */
  public static EmailAccountJsonReader of(JsonLimits limits, boolean strict) {
    return new EmailAccountJsonReader(Objects.requireNonNull(limits, "limits == null"), strict);
  }

  public JsonLimits limits() {
    return limits;
  }

  public boolean strict() {
    return strict;
  }

  /** Reads one record from UTF-8 bytes (a UTF-8 byte order mark is skipped). */
  public ReadResult read(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    if (json.length > limits.maxBytes()) {
      return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    int start = startsWithBom(json) ? UTF8_BOM.length : 0;
    // The JDK's own decoding is the fast one; it replaces malformed input with U+FFFD, so only a
    // text holding U+FFFD needs the strict decoder to tell a real U+FFFD from malformed input.
    String text = new String(json, start, json.length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      CharBuffer decoded = CharBuffer.allocate(json.length);
      CoderResult result = BoundedUtf8Reader.strictDecoder().decode(ByteBuffer.wrap(json, start, json.length - start), decoded, true);
      if (result.isError()) {
        return ReadResult.bodyError(notJsonAt(decoded.flip(), decoded.limit()));
      }
    }
    return readText(text);
  }

  /**
   * Reads one record from a string, held to the size limit in the bytes its UTF-8 encoding would
   * take (a leading U+FEFF is skipped, as a byte order mark is in bytes).
   */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json == null");
    if (utf8Length(json) > limits.maxBytes()) {
      return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    return readText(json.startsWith("\uFEFF") ? json.substring(1) : json);
  }

  /** The bytes of {@code text} in UTF-8, counted without encoding it (a lone surrogate as 3). */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Reads one record from a stream, reading at most one byte more than the size limit.
   *
   * @throws IOException only when the stream itself fails
   */
  public ReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    return read(json);
  }

  /**
   * Reads a JSON array of records from a stream, one element at a time, handing each result to
   * {@code each} in order, in memory bounded by one element. Each element is held to the size
   * limit as a body is (counted in characters, which are never more than its bytes): a larger one
   * gives {@code must be at most N bytes} and is skipped; an element nested deeper than the limit
   * gives {@code is nested too deeply} and is skipped too. An element that is not an object gives
   * {@code must be a JSON object}. A body that is not an array gives a single {@code $} result. The
   * first problem in the stream is the one reported, so the same bytes always give the same results.
   *
   * <p>Three problems end the reading, each reported as the last result: a syntax error or malformed
   * UTF-8 ({@code is not valid JSON} at its position), a single string, number or run of white space
   * longer than twice the limit ({@code must be at most N bytes}: the parser would have to hold it
   * whole), and an element nested deeper than the parser itself can follow while it is skipped
   * (Parsson stops at 1000 levels; {@code is nested too deeply} was already reported for it).
   *
   * @return whether the array was read to its end; false when a problem ended the reading before
   *     it, so that later elements were not read
   * @throws IOException only when the stream itself fails
   */
  public boolean readArray(InputStream in, Consumer<ReadResult> each) throws IOException {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(each, "each == null");
    InputStream body = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    body.mark(UTF8_BOM.length);
    byte[] head = body.readNBytes(UTF8_BOM.length);
    if (!startsWithBom(head)) {
      body.reset();
    }
    BoundedUtf8Reader reader = new BoundedUtf8Reader(body);
    boolean complete = false;
    // Elements are held to the size limit between members (readObject); within one member, the
    // parser may buffer at most twice the limit.
    try (JsonParser parser = reader.withTokensOfAtMost(parsers.createParser(reader), 2 * limits.maxBytes())) {
      Event first = parser.next();
      if (first != Event.START_ARRAY) {
        skipValue(parser, first, 0);
        complete = true;
        parser.hasNext();
        each.accept(ReadResult.bodyError(InputErrors.notAnObject()));
        return true;
      }
      while (true) {
        Event event = parser.next();
        if (event == Event.END_ARRAY) {
          break;
        }
        long endOffset = parser.getLocation().getStreamOffset() + limits.maxBytes();
        try {
          each.accept(readElement(parser, event, endOffset));
        } catch (TooDeep deep) {
          each.accept(ReadResult.bodyError(InputErrors.nestedTooDeeply()));
          if (!skipOpen(parser, deep.level)) {
            return false;
          }
        }
      }
      complete = true;
      parser.hasNext();
    } catch (JsonParsingException e) {
      each.accept(ReadResult.bodyError(reader.ended() ? InputErrors.notJson(reader.line(), reader.column()) : notJson(e)));
    } catch (TooDeep e) {
      // Only the first value of a body that is not an array can get here.
      each.accept(ReadResult.bodyError(InputErrors.nestedTooDeeply()));
    } catch (JsonException | java.util.NoSuchElementException e) {
      // What went wrong is the reader's own record, not a guess from the parser's exception.
      if (reader.streamFailure() != null) {
        throw reader.streamFailure();
      }
      if (reader.limitReached()) {
        // One value beyond all bounds (a string of megabytes): the parser cannot go on past it.
        each.accept(ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes())));
      } else {
        // Malformed UTF-8 (or another problem the parser gives no position for): where the reader is.
        each.accept(ReadResult.bodyError(InputErrors.notJson(reader.line(), reader.column())));
      }
    }
    return complete;
  }

  private ReadResult readElement(JsonParser parser, Event event, long endOffset) {
    if (event != Event.START_OBJECT) {
      skipValue(parser, event, 1);
      return ReadResult.bodyError(InputErrors.notAnObject());
    }
    return readObject(parser, 2, endOffset);
  }

  /**
   * Skips what is left of an array element after {@link TooDeep} at {@code level}, to the end of the
   * element; false when the element nests deeper than the parser itself can follow (Parsson throws
   * a bare {@code RuntimeException} at its own depth limit, 1000 levels, and cannot go on).
   */
  private static boolean skipOpen(JsonParser parser, int level) {
    try {
      for (int open = level; open > 1; ) {
        Event next = parser.next();
        if (next == Event.START_ARRAY || next == Event.START_OBJECT) {
          open++;
        } else if (next == Event.END_ARRAY || next == Event.END_OBJECT) {
          open--;
        }
      }
      return true;
    } catch (RuntimeException e) {
      if (e.getClass() == RuntimeException.class) {
        return false;
      }
      throw e;
    }
  }

  private ReadResult readText(String text) {
    try (JsonParser parser = parsers.createParser(new StringReader(text))) {
      Event first = parser.next();
      ReadResult result;
      if (first == Event.START_OBJECT) {
        result = readObject(parser, 1, NO_SIZE_LIMIT);
      } else {
        skipValue(parser, first, 0);
        result = ReadResult.bodyError(InputErrors.notAnObject());
      }
      if (parser.hasNext()) {
        return ReadResult.bodyError(notJsonAt(text, (int) parser.getLocation().getStreamOffset()));
      }
      return result;
    } catch (JsonParsingException e) {
      return ReadResult.bodyError(notJsonAt(text, (int) e.getLocation().getStreamOffset()));
    } catch (TooDeep e) {
      return ReadResult.bodyError(InputErrors.nestedTooDeeply());
    } catch (JsonException | java.util.NoSuchElementException e) {
      return ReadResult.bodyError(notJsonAt(text, text.length()));
    }
  }

  /**
   * Reads the members of an object whose START_OBJECT the parser has just returned, up to and
   * including its END_OBJECT. Used by the JSON-B adapter too.
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
  private void skipValue(JsonParser parser, Event event, int depth) {
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

  private static ValidationError notJson(JsonParsingException e) {
    return InputErrors.notJson(Math.max(1, e.getLocation().getLineNumber()), Math.max(1, e.getLocation().getColumnNumber()));
  }

  /** {@code is not valid JSON (line L, column C)} for the character at {@code offset} (clamped). */
  private static ValidationError notJsonAt(CharSequence text, int offset) {
    int end = Math.max(0, Math.min(offset, text.length()));
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return InputErrors.notJson(line, end - lineStart + 1L);
  }

  private static boolean startsWithBom(byte[] json) {
    return json.length >= 3 && json[0] == UTF8_BOM[0] && json[1] == UTF8_BOM[1] && json[2] == UTF8_BOM[2];
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

  @Override
  public String toString() {
    return "EmailAccountJsonReader[" + limits + ", strict=" + strict + "]";
  }
}
