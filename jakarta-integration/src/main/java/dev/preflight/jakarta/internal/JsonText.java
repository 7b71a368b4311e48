package dev.preflight.jakarta.internal;

import dev.preflight.validation.JsonStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON at the level of its text: where the members of an object stand, and string escapes, for
 * code that must keep what it does not change exactly as it was received.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * One member of an object: its name (escapes decoded) and where its value's text starts and ends
   * (end exclusive).
   */
  public record Member(String name, int valueStart, int valueEnd) {}

  /**
   * The members of the JSON object that {@code json} holds, in the order written.
   *
   * @throws IllegalArgumentException if {@code json} is not a JSON object (read it with a real
   *     parser first: this only finds where things stand)
   */
  public static List<Member> members(String json) {
    int at = skipSpace(json, 0);
    expect(json, at, '{');
    List<Member> members = new ArrayList<>();
    at = skipSpace(json, at + 1);
    if (at < json.length() && json.charAt(at) == '}') {
      return members;
    }
    while (true) {
      expect(json, at, '"');
      int nameEnd = stringEnd(json, at);
      String name = unescape(json.subSequence(at + 1, nameEnd - 1));
      at = skipSpace(json, nameEnd);
      expect(json, at, ':');
      int valueStart = skipSpace(json, at + 1);
      int valueEnd = valueEnd(json, valueStart);
      members.add(new Member(name, valueStart, valueEnd));
      at = skipSpace(json, valueEnd);
      if (at < json.length() && json.charAt(at) == '}') {
        return members;
      }
      expect(json, at, ',');
      at = skipSpace(json, at + 1);
    }
  }

  /** Where the closing brace of the object that {@code json} holds stands. */
  public static int objectEnd(String json) {
    int end = json.lastIndexOf('}');
    if (end < 0) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return end;
  }

  /**
   * {@code text} with every JSON escape ({@code \"}, {@code \\}, {@code \/}, {@code \b},
   * {@code \f}, {@code \n}, {@code \r}, {@code \t}, {@code \}{@code uXXXX}) decoded; anything that
   * is not a complete escape is kept as it is.
   */
  public static String unescape(CharSequence text) {
    int first = indexOf(text, '\\');
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(i + 1);
      int decoded = switch (next) {
        case '"', '\\', '/' -> next;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> hex4(text, i + 2);
        default -> -1;
      };
      if (decoded < 0) {
        out.append(c);
        continue;
      }
      out.append((char) decoded);
      i += next == 'u' ? 5 : 1;
    }
    return out.toString();
  }

  /**
   * {@code json} with every surrogate that is not half of a pair written as a {@code \}{@code uXXXX}
   * escape: UTF-8 cannot encode one (an encoder writes {@code ?} in its place), the escape keeps it
   * exactly. Only valid where such characters can only stand inside string literals, as in JSON
   * text a generator wrote. Returns {@code json} itself when it holds none.
   */
  public static String escapeLoneSurrogates(String json) {
    int first = firstLoneSurrogate(json, 0);
    if (first < 0) {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length() + 16);
    int copied = 0;
    for (int i = first; i >= 0; i = firstLoneSurrogate(json, i + 1)) {
      out.append(json, copied, i);
      JsonStrings.appendUnicodeEscape(json.charAt(i), out);
      copied = i + 1;
    }
    return out.append(json, copied, json.length()).toString();
  }

  private static int firstLoneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        if (JsonStrings.isLoneSurrogate(text, i)) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  private static int valueEnd(String json, int start) {
    if (start >= json.length()) {
      throw new IllegalArgumentException("a value is missing at " + start);
    }
    char first = json.charAt(start);
    if (first == '"') {
      return stringEnd(json, start);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      for (int i = start; i < json.length(); i++) {
        char c = json.charAt(i);
        if (c == '"') {
          i = stringEnd(json, i) - 1;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException("an unclosed value at " + start);
    }
    int i = start;
    while (i < json.length() && ",}] \t\r\n".indexOf(json.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /**
   * The index just past the string literal whose opening quote is at {@code start}, or -1 when it is
   * not closed.
   */
  public static int stringLiteralEnd(CharSequence text, int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int stringEnd(String json, int start) {
    int end = stringLiteralEnd(json, start);
    if (end < 0) {
      throw new IllegalArgumentException("an unclosed string at " + start);
    }
    return end;
  }

  private static int skipSpace(String json, int at) {
    while (at < json.length() && " \t\r\n\uFEFF".indexOf(json.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static void expect(String json, int at, char c) {
    if (at >= json.length() || json.charAt(at) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
  }

  private static int hex4(CharSequence text, int from) {
    if (from + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text.charAt(i);
      int digit = c >= '0' && c <= '9' ? c - '0'
          : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10
          : -1;
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static int indexOf(CharSequence text, char c) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
