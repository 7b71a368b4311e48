package dev.preflight.emailaccount.internal;

/** Character classes shared by the rules. */
final class Text {
  private Text() {}

  /**
   * Whether {@code s} is empty or only white space, as .NET's {@code string.IsNullOrWhiteSpace}
   * sees it: Unicode space separators (including no-break spaces), line and paragraph separators,
   * TAB, LF, VT, FF, CR and NEL.
   */
  static boolean isBlank(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!isWhiteSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isWhiteSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || (c >= '\u00a0' && Character.isSpaceChar(c));
  }

  /** The ASCII characters of {@code characters} as bits by code: codes 0-63 in the first, 64-127 in the second. */
  static long[] asciiSet(String characters) {
    long[] set = new long[2];
    for (int i = 0; i < characters.length(); i++) {
      char c = characters.charAt(i);
      if (c >= 0x80) {
        throw new IllegalArgumentException("not ASCII: " + c);
      }
      set[c >>> 6] |= 1L << c;
    }
    return set;
  }

  /** Whether {@code c} is in the ASCII set whose halves are {@code low} and {@code high} (see {@link #asciiSet}). */
  static boolean inAsciiSet(char c, long low, long high) {
    return c < 0x80 && ((c < 0x40 ? low : high) >>> c & 1) != 0; // a long shift counts c modulo 64
  }

  /** U+0000..U+001F and U+007F. */
  static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f;
  }
}
