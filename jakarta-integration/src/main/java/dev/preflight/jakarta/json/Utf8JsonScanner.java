package dev.preflight.jakarta.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over a record's UTF-8 bytes for the readers' fast path: a binder asks for the next
 * member and for its value as the type it expects, and gets it straight from the bytes (no
 * decoding into characters, a member's name compared in place, ASCII strings copied as they are).
 * It only ever answers for what is well-formed JSON in strict UTF-8 and of the type asked for;
 * anything else (a syntax error, malformed UTF-8, a control character in a string, a value of
 * another type, content after the record) throws {@link NotRead}, and the body is read again by
 * the general path, which finds the problem and says where it is. The strings, numbers and names
 * it gives are those JSON-P gives for the same bytes (held by {@code Utf8JsonScannerFuzzTest}).
 *
 * <p>One instance reads one body; not thread-safe.
 */
final class Utf8JsonScanner {
  /** {@link #member}: the object has ended. */
  static final int END = -1;
  /** {@link #member}: a name that is not the one expected; {@link #name()} decodes it. */
  static final int OTHER = -2;

  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long CONTROL_BOUNDS = 0x2020202020202020L;
  /** Digits that cannot overflow 64 bits taken as unsigned. */
  private static final int SAFE_DIGITS = 19;

  private final byte[] in;
  private final int end;
  private int pos;
  private boolean first;
  /** The last string's bytes, between its quotes, and whether it held an escape (1) or non-ASCII (2). */
  private int tokenStart;
  private int tokenEnd;
  private int tokenKind;

  Utf8JsonScanner(byte[] in, int start) {
    this.in = in;
    this.end = in.length;
    this.pos = start;
  }

  /** Opens the record: white space, then {@code {}. */
  void openObject() {
    skipWhiteSpace();
    if (at(pos) != '{') {
      throw NotRead.INSTANCE;
    }
    pos++;
    first = true;
  }

  /** After the record: nothing but white space remains. */
  void end() {
    skipWhiteSpace();
    if (pos != end) {
      throw NotRead.INSTANCE;
    }
  }

  /**
   * Reads up to the first byte of the next member's value: the index of its name in {@code names}
   * when it is the {@code expected} one or the one after it, written exactly; {@link #OTHER} for any other name ({@link #name()}
   * decodes it); {@link #END} when the object closes instead.
   */
  int member(byte[][] names, int expected) {
    skipWhiteSpace();
    byte b = at(pos);
    if (b == '}') {
      pos++;
      return END;
    }
    if (!first) {
      if (b != ',') {
        throw NotRead.INSTANCE;
      }
      pos++;
      skipWhiteSpace();
      b = at(pos);
    }
    first = false;
    if (b != '"') {
      throw NotRead.INSTANCE;
    }
    // The expected member, or the one after it (an optional member left out).
    int found = OTHER;
    for (int candidate = expected; candidate <= expected + 1 && candidate < names.length && found == OTHER; candidate++) {
      byte[] name = names[candidate];
      int close = pos + 1 + name.length;
      if (close < end && in[close] == '"' && Arrays.equals(in, pos + 1, close, name, 0, name.length)) {
        found = candidate;
        tokenStart = pos + 1;
        tokenEnd = close;
        tokenKind = 0;
        pos = close + 1;
      }
    }
    if (found == OTHER) {
      string();
    }
    skipWhiteSpace();
    if (at(pos) != ':') {
      throw NotRead.INSTANCE;
    }
    pos++;
    skipWhiteSpace();
    return found;
  }

  /** The member name or string last read, decoded. */
  String name() {
    return text();
  }

  /** The first byte of the member's value ({@link #member} has read up to it). */
  byte valueStart() {
    return at(pos);
  }

  /** The string value ahead. */
  String string() {
    if (at(pos) != '"') {
      throw NotRead.INSTANCE;
    }
    scanString();
    return text();
  }

  /** {@code null} ahead, skipped. */
  void skipNull() {
    literal("null");
  }

  /** {@code true} or {@code false} ahead. */
  Boolean bool() {
    if (at(pos) == 't') {
      literal("true");
      return Boolean.TRUE;
    }
    literal("false");
    return Boolean.FALSE;
  }

  /**
   * The number ahead as a Long when it is an integer within the type's range ({@code long}, or
   * {@code int} when {@code isLong} is false), as {@link JsonValues#integer} has it.
   */
  Long integer(boolean isLong) {
    byte[] bytes = in;
    int start = pos;
    int p = start;
    boolean negative = p < end && bytes[p] == '-';
    if (negative) {
      p++;
    }
    int first = p;
    long value = 0;
    while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
      value = value * 10 + (bytes[p++] - '0');
    }
    int digits = p - first;
    boolean plain = digits > 0 && (p == end || bytes[p] != '.' && bytes[p] != 'e' && bytes[p] != 'E')
        && (digits == 1 || bytes[first] != '0');
    if (plain && digits <= SAFE_DIGITS) {
      // At most 19 digits fit in 64 bits unsigned; a long holds up to MAX_VALUE, or MAX_VALUE + 1 negated.
      if (Long.compareUnsigned(value, negative ? Long.MIN_VALUE : Long.MAX_VALUE) > 0) {
        throw NotRead.INSTANCE;
      }
      pos = p;
      value = negative ? -value : value;
      if (isLong || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE)) {
        return value;
      }
      throw NotRead.INSTANCE;
    }
    number();
    Object read = JsonValues.integer(ascii(start, pos), isLong);
    if (read == null) {
      throw NotRead.INSTANCE;
    }
    return ((Number) read).longValue();
  }

  /** The number ahead as a decimal, as {@link JsonValues#decimal} has it. */
  BigDecimal decimal() {
    int start = pos;
    number();
    BigDecimal read = JsonValues.decimal(ascii(start, pos));
    if (read == null) {
      throw NotRead.INSTANCE;
    }
    return read;
  }

  /**
   * The number of elements of the array ahead, each skipped; with {@code objectsOnly}, each must
   * be an object. {@code level} is the array's nesting level, which with any level inside it must
   * stay within {@code maxDepth}.
   */
  int elements(boolean objectsOnly, int level, int maxDepth) {
    if (at(pos) != '[' || level > maxDepth) {
      throw NotRead.INSTANCE;
    }
    pos++;
    int count = 0;
    skipWhiteSpace();
    if (at(pos) == ']') {
      pos++;
      return 0;
    }
    while (true) {
      skipWhiteSpace();
      if (objectsOnly && at(pos) != '{') {
        throw NotRead.INSTANCE;
      }
      skipValue(level, maxDepth);
      count++;
      skipWhiteSpace();
      byte b = at(pos++);
      if (b == ']') {
        return count;
      }
      if (b != ',') {
        throw NotRead.INSTANCE;
      }
    }
  }

  /**
   * Opens the array ahead, at nesting {@code level} (within {@code maxDepth}): true when an element
   * follows (the scanner before it), false when the array is empty (and read).
   */
  boolean openArray(int level, int maxDepth) {
    if (at(pos) != '[' || level > maxDepth) {
      throw NotRead.INSTANCE;
    }
    pos++;
    skipWhiteSpace();
    if (at(pos) == ']') {
      pos++;
      return false;
    }
    return true;
  }

  /**
   * After an element of an array: true when another follows (the scanner before it), false when
   * the array has ended (and is read). The enclosing object's members go on after it.
   */
  boolean nextElement() {
    skipWhiteSpace();
    first = false;
    byte b = at(pos++);
    if (b == ']') {
      return false;
    }
    if (b != ',') {
      throw NotRead.INSTANCE;
    }
    skipWhiteSpace();
    return true;
  }

  /**
   * The value ahead as plain Java, as {@link JsonValues#plainValue} makes it of the parser's events: {@code
   * String}, {@code Boolean}, null, {@code Long} (an integer of scale 0 within 64 bits), {@code
   * BigDecimal} (any other number), {@code List}, {@code Map} (a name twice is not read here). A
   * container opens at {@code depth + 1}, within {@code maxDepth}.
   */
  @Nullable Object plain(int depth, int maxDepth) {
    skipWhiteSpace();
    switch (at(pos)) {
      case '{' -> {
        if (depth + 1 > maxDepth) {
          throw NotRead.INSTANCE;
        }
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhiteSpace();
        if (at(pos) == '}') {
          pos++;
          return members;
        }
        while (true) {
          skipWhiteSpace();
          String name = string();
          skipWhiteSpace();
          if (at(pos++) != ':') {
            throw NotRead.INSTANCE;
          }
          if (members.containsKey(name)) {
            throw NotRead.INSTANCE;
          }
          members.put(name, plain(depth + 1, maxDepth));
          skipWhiteSpace();
          byte b = at(pos++);
          if (b == '}') {
            return members;
          }
          if (b != ',') {
            throw NotRead.INSTANCE;
          }
        }
      }
      case '[' -> {
        List<Object> elements = new ArrayList<>();
        boolean wasFirst = first;
        for (boolean more = openArray(depth + 1, maxDepth); more; more = nextElement()) {
          elements.add(plain(depth + 1, maxDepth));
        }
        first = wasFirst;
        return elements;
      }
      case '"' -> {
        return string();
      }
      case 't', 'f' -> {
        return bool();
      }
      case 'n' -> {
        skipNull();
        return null;
      }
      default -> {
        int start = pos;
        number();
        Object number = JsonValues.plainNumber(ascii(start, pos));
        if (number == null) {
          throw NotRead.INSTANCE;
        }
        return number;
      }
    }
  }

  /** Skips the value ahead, whose container (if it is one) opens at {@code depth + 1}, within {@code maxDepth}. */
  void skipValue(int depth, int maxDepth) {
    skipWhiteSpace();
    switch (at(pos)) {
      case '{' -> {
        if (depth + 1 > maxDepth) {
          throw NotRead.INSTANCE;
        }
        pos++;
        skipWhiteSpace();
        if (at(pos) == '}') {
          pos++;
          return;
        }
        while (true) {
          skipWhiteSpace();
          if (at(pos) != '"') {
            throw NotRead.INSTANCE;
          }
          scanString();
          skipWhiteSpace();
          if (at(pos++) != ':') {
            throw NotRead.INSTANCE;
          }
          skipValue(depth + 1, maxDepth);
          skipWhiteSpace();
          byte b = at(pos++);
          if (b == '}') {
            return;
          }
          if (b != ',') {
            throw NotRead.INSTANCE;
          }
        }
      }
      case '[' -> elements(false, depth + 1, maxDepth);
      case '"' -> scanString();
      case 't', 'f' -> bool();
      case 'n' -> skipNull();
      default -> number();
    }
  }

  private byte at(int index) {
    if (index >= end) {
      throw NotRead.INSTANCE;
    }
    return in[index];
  }

  private void literal(String word) {
    int n = word.length();
    if (end - pos < n) {
      throw NotRead.INSTANCE;
    }
    for (int i = 0; i < n; i++) {
      if (in[pos + i] != word.charAt(i)) {
        throw NotRead.INSTANCE;
      }
    }
    pos += n;
  }

  /** A number as JSON's grammar has it: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private void number() {
    if (pos < end && in[pos] == '-') {
      pos++;
    }
    if (pos < end && in[pos] == '0') {
      pos++;
    } else if (!digits()) {
      throw NotRead.INSTANCE;
    }
    if (pos < end && in[pos] == '.') {
      pos++;
      if (!digits()) {
        throw NotRead.INSTANCE;
      }
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      pos++;
      if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      if (!digits()) {
        throw NotRead.INSTANCE;
      }
    }
  }

  private boolean digits() {
    byte[] bytes = in;
    int start = pos;
    int p = start;
    while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
      p++;
    }
    pos = p;
    return p > start;
  }

  /**
   * Scans the string whose opening quote is at {@code pos}: escapes and UTF-8 checked, nothing
   * built. Eight bytes at a time while none of them needs a look (a quote, a backslash, a control
   * character or a non-ASCII byte).
   */
  private void scanString() {
    byte[] bytes = in;
    int limit = end;
    int start = pos + 1;
    int p = start;
    int kind = 0;
    while (true) {
      while (p + Long.BYTES <= limit) {
        long word = (long) WORDS.get(bytes, p);
        long special = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES)
            | (word - CONTROL_BOUNDS) & ~word & HIGH_BITS | word & HIGH_BITS;
        if (special != 0) {
          p += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        p += Long.BYTES;
      }
      if (p >= limit) {
        throw NotRead.INSTANCE;
      }
      byte b = bytes[p];
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        kind |= 1;
        p = escapeEnd(p + 1);
      } else if (b >= 0x20) {
        p++;
      } else if (b >= 0) {
        throw NotRead.INSTANCE; // a control character
      } else {
        kind |= 2;
        p = Utf8.sequenceEnd(bytes, p, limit);
        if (p < 0) {
          throw NotRead.INSTANCE;
        }
      }
    }
    tokenStart = start;
    tokenEnd = p;
    tokenKind = kind;
    pos = p + 1;
  }

  /**
   * The high bit of each zero byte of {@code word}, exact for the lowest one (a false mark can
   * only follow a true one, carried by the subtraction's borrow).
   */
  private static long zeroBytes(long word) {
    return (word - LOW_BITS) & ~word & HIGH_BITS;
  }

  /** The end of the escape whose letter is at {@code at}. */
  private int escapeEnd(int at) {
    switch (at(at)) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
        return at + 1;
      case 'u':
        if (end - at < 5) {
          throw NotRead.INSTANCE;
        }
        for (int i = 1; i <= 4; i++) {
          if (hex(in[at + i]) < 0) {
            throw NotRead.INSTANCE;
          }
        }
        return at + 5;
      default:
        throw NotRead.INSTANCE;
    }
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  private void skipWhiteSpace() {
    byte[] bytes = in;
    int p = pos;
    if (p < end && bytes[p] > ' ') {
      return;
    }
    while (p < end) {
      byte b = bytes[p];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
      p++;
    }
    pos = p;
  }

  private String ascii(int from, int to) {
    return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The last string scanned, decoded. */
  private String text() {
    return switch (tokenKind) {
      case 0 -> ascii(tokenStart, tokenEnd);
      case 2 -> new String(in, tokenStart, tokenEnd - tokenStart, StandardCharsets.UTF_8);
      default -> unescaped();
    };
  }

  /** The last string with its escapes replaced (its UTF-8 already checked). */
  private String unescaped() {
    char[] chars = new char[tokenEnd - tokenStart];
    int n = 0;
    int i = tokenStart;
    while (i < tokenEnd) {
      byte b = in[i];
      if (b == '\\') {
        byte e = in[i + 1];
        if (e == 'u') {
          chars[n++] = (char) (hex(in[i + 2]) << 12 | hex(in[i + 3]) << 8 | hex(in[i + 4]) << 4 | hex(in[i + 5]));
          i += 6;
        } else {
          chars[n++] = switch (e) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> (char) e; // '"', '\\', '/'
          };
          i += 2;
        }
      } else if (b >= 0) {
        chars[n++] = (char) b;
        i++;
      } else {
        int next = Utf8.sequenceEnd(in, i, tokenEnd);
        n = Utf8.decode(in, i, next, chars, n);
        i = next;
      }
    }
    return new String(chars, 0, n);
  }

  /** The body is not one this scanner answers for: the general path reads it again. */
  static final class NotRead extends RuntimeException {
    static final NotRead INSTANCE = new NotRead();

    private NotRead() {
      super("read again by the general path", null, false, false);
    }
  }
}
