package dev.preflight.jakarta.json;

import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
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
 * Decodes bodies and holds them to their limits for the readers of every entity, and hands each
 * object to the entity's {@link ObjectBinder}: UTF-8 (a byte order mark skipped, malformed input
 * reported where it is), the size limit checked before parsing, one value per body, syntax errors
 * at their line and column; arrays through {@link ArrayReader}. Immutable and thread-safe.
 */
final class BodyReader<R> {
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final JsonLimits limits;
  private final ObjectBinder<R> binder;
  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());
  private final ArrayReader<R> arrays;

  BodyReader(ObjectBinder<R> binder) {
    this.limits = binder.limits();
    this.binder = binder;
    this.arrays = new ArrayReader<>(binder, parsers);
  }

  ObjectBinder<R> binder() {
    return binder;
  }

  R read(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    if (json.length > limits.maxBytes()) {
      return binder.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    int start = startsWithBom(json) ? UTF8_BOM.length : 0;
    try {
      return readFast(json, start);
    } catch (Utf8JsonScanner.NotRead readAgain) {
      return readDecoded(json, start);
    }
  }

  /**
   * The fast path: a well-formed record of members of the types expected, read straight from its
   * bytes. Anything else throws for {@link #readDecoded}, which finds and places every problem.
   */
  R readFast(byte[] json, int start) {
    Utf8JsonScanner scanner = new Utf8JsonScanner(json, start);
    scanner.openObject();
    R result = binder.readMembers(scanner);
    scanner.end();
    return result;
  }

  /** The general path, which finds and places every problem: decoded strictly, parsed by JSON-P. */
  R readDecoded(byte[] json, int start) {
    // The JDK's own decoding is the fast one; it replaces malformed input with U+FFFD, so only a
    // text holding U+FFFD needs the strict decoder to tell a real U+FFFD from malformed input.
    String text = new String(json, start, json.length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      CharBuffer decoded = CharBuffer.allocate(json.length);
      CoderResult result = BoundedUtf8Reader.strictDecoder().decode(ByteBuffer.wrap(json, start, json.length - start), decoded, true);
      if (result.isError()) {
        return binder.bodyError(notJsonAt(decoded.flip(), decoded.limit()));
      }
    }
    return readText(text);
  }

  R read(String json) {
    Objects.requireNonNull(json, "json == null");
    if (utf8Length(json) > limits.maxBytes()) {
      return binder.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    return readText(json.startsWith("\uFEFF") ? json.substring(1) : json);
  }

  R read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    return read(json);
  }

  boolean readArray(InputStream in, Consumer<? super R> each) throws IOException {
    return arrays.read(in, each);
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

  private R readText(String text) {
    try (JsonParser parser = parsers.createParser(new StringReader(text))) {
      Event first = parser.next();
      R result;
      if (first == Event.START_OBJECT) {
        result = binder.readObject(parser, 1, JsonValues.NO_SIZE_LIMIT);
      } else {
        JsonValues.skipValue(parser, first, 0, limits.maxDepth());
        result = binder.bodyError(InputErrors.notAnObject());
      }
      if (parser.hasNext()) {
        return binder.bodyError(notJsonAt(text, (int) parser.getLocation().getStreamOffset()));
      }
      return result;
    } catch (JsonParsingException e) {
      return binder.bodyError(notJsonAt(text, (int) e.getLocation().getStreamOffset()));
    } catch (JsonValues.TooDeep e) {
      return binder.bodyError(InputErrors.nestedTooDeeply());
    } catch (JsonException | java.util.NoSuchElementException e) {
      return binder.bodyError(notJsonAt(text, text.length()));
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
}
