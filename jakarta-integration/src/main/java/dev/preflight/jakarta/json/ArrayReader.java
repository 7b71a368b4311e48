package dev.preflight.jakarta.json;

import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams a JSON array of records of one entity, one element at a time in memory bounded by one
 * element, for {@link BodyReader#readArray}. Immutable and thread-safe.
 */
final class ArrayReader<R> {
  private final JsonLimits limits;
  private final ObjectBinder<R> binder;
  private final JsonParserFactory parsers;

  ArrayReader(ObjectBinder<R> binder, JsonParserFactory parsers) {
    this.limits = binder.limits();
    this.binder = binder;
    this.parsers = parsers;
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
  boolean read(InputStream in, Consumer<? super R> each) throws IOException {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(each, "each == null");
    InputStream body = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    body.mark(BodyReader.UTF8_BOM.length);
    byte[] head = body.readNBytes(BodyReader.UTF8_BOM.length);
    if (!BodyReader.startsWithBom(head)) {
      body.reset();
    }
    BoundedUtf8Reader reader = new BoundedUtf8Reader(body);
    boolean complete = false;
    // Elements are held to the size limit between members (readObject); within one member, the
    // parser may buffer at most twice the limit.
    try (JsonParser parser = reader.withTokensOfAtMost(parsers.createParser(reader), 2 * limits.maxBytes())) {
      Event first = parser.next();
      if (first != Event.START_ARRAY) {
        JsonValues.skipValue(parser, first, 0, limits.maxDepth());
        complete = true;
        parser.hasNext();
        each.accept(binder.bodyError(InputErrors.notAnObject()));
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
        } catch (JsonValues.TooDeep deep) {
          each.accept(binder.bodyError(InputErrors.nestedTooDeeply()));
          if (!skipOpen(parser, deep.level)) {
            return false;
          }
        }
      }
      complete = true;
      parser.hasNext();
    } catch (JsonParsingException e) {
      each.accept(binder.bodyError(reader.ended() ? InputErrors.notJson(reader.line(), reader.column()) : notJson(e)));
    } catch (JsonValues.TooDeep e) {
      // Only the first value of a body that is not an array can get here.
      each.accept(binder.bodyError(InputErrors.nestedTooDeeply()));
    } catch (JsonException | java.util.NoSuchElementException e) {
      // What went wrong is the reader's own record, not a guess from the parser's exception.
      if (reader.streamFailure() != null) {
        throw reader.streamFailure();
      }
      if (reader.limitReached()) {
        // One value beyond all bounds (a string of megabytes): the parser cannot go on past it.
        each.accept(binder.bodyError(InputErrors.tooLarge(limits.maxBytes())));
      } else {
        // Malformed UTF-8 (or another problem the parser gives no position for): where the reader is.
        each.accept(binder.bodyError(InputErrors.notJson(reader.line(), reader.column())));
      }
    }
    return complete;
  }

  private R readElement(JsonParser parser, Event event, long endOffset) {
    if (event != Event.START_OBJECT) {
      JsonValues.skipValue(parser, event, 1, limits.maxDepth());
      return binder.bodyError(InputErrors.notAnObject());
    }
    return binder.readObject(parser, 2, endOffset);
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

  private static ValidationError notJson(JsonParsingException e) {
    return InputErrors.notJson(Math.max(1, e.getLocation().getLineNumber()), Math.max(1, e.getLocation().getColumnNumber()));
  }

}
