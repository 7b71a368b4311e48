package dev.preflight.validation;

/** JSON string literals as Preflight writes them. */
public final class JsonStrings {
  private JsonStrings() {}

  /** {@code value} as a JSON string literal, quotes included (see {@link #appendQuoted}). */
  public static String quote(String value) {
    return appendQuoted(value, new StringBuilder(value.length() + 2)).toString();
  }

  /**
   * Appends {@code value} as a JSON string literal: {@code "} and {@code \} escaped, control
   * characters as {@code \n}, {@code \t}… or {@code \}{@code u00XX}, and a surrogate that is not
   * half of a pair as {@code \}{@code uXXXX} (UTF-8 cannot encode one; the escape keeps it exactly).
   * Everything else is written as it is. The escapes are those a Jakarta JSON generator writes, so
   * either writes the same text.
   *
   * @return {@code out}
   */
  public static StringBuilder appendQuoted(String value, StringBuilder out) {
    out.append('"');
    int copied = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isSurrogate(c) && !isLoneSurrogate(value, i)) {
        i += Character.isHighSurrogate(c) ? 1 : 0;
        continue;
      }
      out.append(value, copied, i);
      copied = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> appendUnicodeEscape(c, out);
      }
    }
    return out.append(value, copied, value.length()).append('"');
  }

  /** Whether the surrogate at {@code i} is not half of a pair. */
  public static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /** Appends {@code c} as {@code \}{@code uXXXX}, lower-case hex digits. */
  public static void appendUnicodeEscape(char c, StringBuilder out) {
    String hex = Integer.toHexString(c);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }
}
