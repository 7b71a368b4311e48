package dev.preflight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a stream into lines of bytes ({@code \n} or {@code \r\n}) in memory bounded by the
 * longest line allowed: a longer line is skipped to its end and reported as {@link #TOO_LONG}.
 */
final class LineReader {
  /** Returned instead of a line longer than the limit. */
  static final byte[] TOO_LONG = new byte[0];

  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];

  LineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line without its line end, {@link #TOO_LONG}, or null at the end of the stream. */
  @Nullable byte[] next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    while (true) {
      if (position == limit) {
        limit = in.read(chunk);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (length == 0 && !tooLong) {
            return null;
          }
          return tooLong ? TOO_LONG : trimmed(length);
        }
      }
      int end = lineEnd(position, limit);
      if (length == 0 && !tooLong && end < limit) {
        // The whole line is in the chunk: one copy.
        int start = position;
        position = end + 1;
        int stop = end > start && chunk[end - 1] == '\r' ? end - 1 : end;
        return stop - start > maxLine ? TOO_LONG : Arrays.copyOfRange(chunk, start, stop);
      }
      int count = end - position;
      if (!tooLong) {
        if (length + count > maxLine + 1) {
          tooLong = true;
        } else {
          if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
          }
          System.arraycopy(chunk, position, line, length, count);
          length += count;
        }
      }
      position = end;
      if (end < limit) {
        position++;
        return tooLong ? TOO_LONG : trimmed(length);
      }
    }
  }

  /**
   * The index of the first {@code \n} in {@code chunk[from, to)}, or {@code to}: eight bytes at a
   * time (a zero byte of {@code word ^ NEWLINES} is a {@code \n}; the lowest mark is exact).
   */
  private int lineEnd(int from, int to) {
    byte[] bytes = chunk;
    int i = from;
    while (i + Long.BYTES <= to) {
      long word = (long) WORDS.get(bytes, i) ^ NEWLINES;
      long found = (word - LOW_BITS) & ~word & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      i += Long.BYTES;
    }
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  private byte[] trimmed(int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return end > maxLine ? TOO_LONG : Arrays.copyOf(line, end);
  }
}
