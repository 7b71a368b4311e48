package dev.preflight.jakarta.json;

/**
 * Strict UTF-8, byte by byte, as the JDK's decoder with {@code REPORT} has it: no overlong forms,
 * no encoded surrogates, nothing beyond U+10FFFF (RFC 3629, table 3-7 of the Unicode standard).
 * Stateless.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The end of the well-formed multi-byte sequence that starts at {@code at} (whose first byte is
   * not ASCII), or -1 when it is malformed or cut by {@code end}.
   */
  static int sequenceEnd(byte[] in, int at, int end) {
    int b = in[at] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) {
        low = 0xA0;
      } else if (b == 0xED) {
        high = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) {
        low = 0x90;
      } else if (b == 0xF4) {
        high = 0x8F;
      }
    } else {
      return -1;
    }
    if (end - at < length) {
      return -1;
    }
    int second = in[at + 1] & 0xFF;
    if (second < low || second > high) {
      return -1;
    }
    for (int i = 2; i < length; i++) {
      int next = in[at + i] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
    }
    return at + length;
  }

  /**
   * Decodes the well-formed sequence {@code in[from..to)} into {@code chars} at {@code n} (a
   * surrogate pair for four bytes); returns the new count.
   */
  static int decode(byte[] in, int from, int to, char[] chars, int n) {
    int b = in[from] & 0xFF;
    int codePoint;
    switch (to - from) {
      case 2 -> codePoint = (b & 0x1F) << 6 | in[from + 1] & 0x3F;
      case 3 -> codePoint = (b & 0x0F) << 12 | (in[from + 1] & 0x3F) << 6 | in[from + 2] & 0x3F;
      default -> codePoint = (b & 0x07) << 18 | (in[from + 1] & 0x3F) << 12 | (in[from + 2] & 0x3F) << 6 | in[from + 3] & 0x3F;
    }
    return n + Character.toChars(codePoint, chars, n);
  }
}
