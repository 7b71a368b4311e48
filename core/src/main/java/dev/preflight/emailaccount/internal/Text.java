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

  /**
   * A table by ASCII code of the letters, the digits and {@code others}: one load per character,
   * where a chain of comparisons mispredicts on text that mixes them (random names, generated
   * addresses).
   */
  static boolean[] lettersDigitsAnd(String others) {
    boolean[] table = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || others.indexOf(c) >= 0;
    }
    return table;
  }

  /** U+0000..U+001F and U+007F. */
  static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f;
  }
}
