package dev.preflight.jakarta.json;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 for a streaming parser, with answers that do not depend on how far the parser
 * reads ahead: every character before malformed input or before the character limit is handed
 * over, and only a read beyond that point fails ({@link Malformed}, at {@link #line()} and
 * {@link #column()}, or {@link LimitReached}). So the first problem in stream order is the one
 * reported, whatever the parser's buffer size.
 *
 * <p>With {@link #withTokensOfAtMost}, the parser over it never buffers more than a bounded run of
 * characters, however long a string in the input.
 */
final class BoundedUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = strictDecoder();
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean ended;
  private boolean malformed;
  private boolean limitReached;
  private @Nullable IOException streamFailure;
  private long handedOver;
  private long limit = Long.MAX_VALUE;
  private long line = 1;
  private long column = 1;

  BoundedUtf8Reader(InputStream in) {
    this.in = in;
  }

  /**
   * Whether the parser has asked for more after the last character: it had read everything without
   * finding a problem, so a syntax error it reports now is at the end, at {@link #line()} and
   * {@link #column()} (its own position there depends on how it buffered).
   */
  boolean ended() {
    return ended;
  }

  /** Whether a read went past the limit ({@link LimitReached} was thrown to the parser). */
  boolean limitReached() {
    return limitReached;
  }

  /** What the underlying stream threw, if it failed: a real I/O error, not a problem of the text. */
  @Nullable IOException streamFailure() {
    return streamFailure;
  }

  /** The line of the next character to be handed over. */
  long line() {
    return line;
  }

  /** The column of the next character to be handed over. */
  long column() {
    return column;
  }

  /** A UTF-8 decoder that reports malformed input instead of replacing it. */
  static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Fails any read past the first {@code characters} characters of the stream. */
  void limitTo(long characters) {
    limit = characters;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining()) {
      decodeMore();
    }
    if (!chars.hasRemaining()) {
      if (malformed) {
        throw new Malformed();
      }
      ended = true;
      return -1;
    }
    if (handedOver >= limit) {
      limitReached = true;
      throw new LimitReached();
    }
    int n = (int) Math.min(Math.min(length, chars.remaining()), limit - handedOver);
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    handedOver += n;
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !malformed && !flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        malformed = true; // what was decoded before it is handed over first
      } else if (result.isUnderflow()) {
        if (endOfInput) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        bytes.compact();
        int n;
        try {
          n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } catch (IOException e) {
          streamFailure = e;
          throw e;
        }
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * {@code parser}, reading from this reader, made to hold no single token (nor run of white
   * space) longer than {@code characters}: before each event, the limit moves to that many
   * characters beyond where the parser stands.
   */
  JsonParser withTokensOfAtMost(JsonParser parser, long characters) {
    return new JsonParser() {
      private void slide() {
        limitTo(parser.getLocation().getStreamOffset() + characters);
      }

      @Override
      public boolean hasNext() {
        slide();
        return parser.hasNext();
      }

      @Override
      public Event next() {
        slide();
        return parser.next();
      }

      @Override
      public String getString() {
        return parser.getString();
      }

      @Override
      public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
      }

      @Override
      public int getInt() {
        return parser.getInt();
      }

      @Override
      public long getLong() {
        return parser.getLong();
      }

      @Override
      public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
      }

      @Override
      public JsonLocation getLocation() {
        return parser.getLocation();
      }

      @Override
      public void close() {
        parser.close();
      }
    };
  }

  /** Malformed UTF-8 at {@link #line()} and {@link #column()}. */
  static final class Malformed extends IOException {
    Malformed() {
      super("malformed UTF-8", null);
    }
  }

  /** The parser needed a character beyond the limit. */
  static final class LimitReached extends IOException {
    LimitReached() {
      super("character limit reached", null);
    }
  }
}
