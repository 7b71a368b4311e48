package dev.preflight.emailaccount.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ReadResult;
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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads EmailAccount records from JSON as docs/rules.md ("Reading errors") says, with the JSON-P
 * streaming parser: bounded size, depth and string length; property names matched as the server
 * matches them; duplicates, wrong types and (in strict mode) unknown properties reported in the
 * server's words. Never throws for bad input, never presents a partial record as whole.
 *
 * <p>This class decodes bodies and holds them to their limits; {@link RecordBinder} binds one
 * object to a record; {@link ArrayReader} streams arrays.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailAccountJsonReader {
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final JsonLimits limits;
  private final boolean strict;
  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());
  private final RecordBinder binder;
  private final ArrayReader arrays;

  private EmailAccountJsonReader(JsonLimits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
    this.binder = new RecordBinder(limits, strict);
    this.arrays = new ArrayReader(limits, binder, parsers);
  }

  /** The record binder, for the JSON-B adapter, which reads objects from its own parser. */
  RecordBinder binder() {
    return binder;
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
   * limit as a body is; an element too large, nested too deeply or not an object gets its own
   * result and the next one is read. A body that is not an array gives a single {@code $} result.
   * A syntax error or malformed UTF-8, a single value longer than twice the limit, or nesting
   * deeper than the parser itself follows ends the reading, with one last result. The first problem
   * in the stream is the one reported, so the same bytes always give the same results.
   *
   * @return whether the array was read to its end; false when a problem ended the reading before
   *     it, so that later elements were not read
   * @throws IOException only when the stream itself fails
   */
  public boolean readArray(InputStream in, Consumer<ReadResult> each) throws IOException {
    return arrays.read(in, each);
  }

  private ReadResult readText(String text) {
    try (JsonParser parser = parsers.createParser(new StringReader(text))) {
      Event first = parser.next();
      ReadResult result;
      if (first == Event.START_OBJECT) {
        result = binder.readObject(parser, 1, RecordBinder.NO_SIZE_LIMIT);
      } else {
        binder.skipValue(parser, first, 0);
        result = ReadResult.bodyError(InputErrors.notAnObject());
      }
      if (parser.hasNext()) {
        return ReadResult.bodyError(notJsonAt(text, (int) parser.getLocation().getStreamOffset()));
      }
      return result;
    } catch (JsonParsingException e) {
      return ReadResult.bodyError(notJsonAt(text, (int) e.getLocation().getStreamOffset()));
    } catch (RecordBinder.TooDeep e) {
      return ReadResult.bodyError(InputErrors.nestedTooDeeply());
    } catch (JsonException | java.util.NoSuchElementException e) {
      return ReadResult.bodyError(notJsonAt(text, text.length()));
    }
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

  static boolean startsWithBom(byte[] json) {
    return json.length >= 3 && json[0] == UTF8_BOM[0] && json[1] == UTF8_BOM[1] && json[2] == UTF8_BOM[2];
  }

  @Override
  public String toString() {
    return "EmailAccountJsonReader[" + limits + ", strict=" + strict + "]";
  }
}
