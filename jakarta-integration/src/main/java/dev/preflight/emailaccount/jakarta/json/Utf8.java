package dev.preflight.emailaccount.jakarta.json;

/**
 * Strict UTF-8 decoding straight into a {@code char[]}, in one pass: accepts exactly what the
 * JDK's UTF-8 decoder accepts with {@code CodingErrorAction.REPORT} (no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence) and, on malformed input, says how
 * many characters came before it. {@code Utf8Test} holds it equal to the JDK decoder.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code in[from, to)} into {@code out} (at least {@code to - from} long) and returns
   * the number of characters, or {@code -1 - n} when the input is malformed after {@code n}
   * characters.
   */
  static int decode(byte[] in, int from, int to, char[] out) {
    int i = from;
    int n = 0;
    while (i < to) {
      int b = in[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      b &= 0xff;
      if (b >= 0xc2 && b <= 0xdf) {
        if (i + 1 >= to || !isContinuation(in[i + 1])) {
          return -1 - n;
        }
        out[n++] = (char) (((b & 0x1f) << 6) | (in[i + 1] & 0x3f));
        i += 2;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (i + 2 >= to || !isContinuation(in[i + 2]) || !isSecondOfThree(b, in[i + 1] & 0xff)) {
          return -1 - n;
        }
        out[n++] = (char) (((b & 0x0f) << 12) | ((in[i + 1] & 0x3f) << 6) | (in[i + 2] & 0x3f));
        i += 3;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (i + 3 >= to || !isContinuation(in[i + 2]) || !isContinuation(in[i + 3]) || !isSecondOfFour(b, in[i + 1] & 0xff)) {
          return -1 - n;
        }
        int codePoint = ((b & 0x07) << 18) | ((in[i + 1] & 0x3f) << 12) | ((in[i + 2] & 0x3f) << 6) | (in[i + 3] & 0x3f);
        out[n++] = Character.highSurrogate(codePoint);
        out[n++] = Character.lowSurrogate(codePoint);
        i += 4;
      } else {
        return -1 - n;
      }
    }
    return n;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xc0) == 0x80;
  }

  /** The second byte of a three-byte form: no overlong form (E0) and no surrogate (ED). */
  private static boolean isSecondOfThree(int first, int second) {
    if (first == 0xe0) {
      return second >= 0xa0 && second <= 0xbf;
    }
    if (first == 0xed) {
      return second >= 0x80 && second <= 0x9f;
    }
    return second >= 0x80 && second <= 0xbf;
  }

  /** The second byte of a four-byte form: no overlong form (F0) and nothing above U+10FFFF (F4). */
  private static boolean isSecondOfFour(int first, int second) {
    if (first == 0xf0) {
      return second >= 0x90 && second <= 0xbf;
    }
    if (first == 0xf4) {
      return second >= 0x80 && second <= 0x8f;
    }
    return second >= 0x80 && second <= 0xbf;
  }
}
