package dev.preflight.emailaccount.internal;

/**
 * Deliverable-looking e-mail addresses: {@code local@domain} where the local part is a dot-atom
 * (UTF-8 allowed, RFC 6531) or a non-empty quoted string, at most 64 characters, and the domain
 * passes {@link HostNames#isMailDomain}. At most 254 characters in all. One linear pass.
 */
final class EmailAddresses {
  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL_PART = 64;
  /** RFC 5322 atext in ASCII: letters, digits and its punctuation, by code. */
  private static final boolean[] ASCII_ATEXT = Text.lettersDigitsAnd("!#$%&'*+-/=?^_`{|}~");

  private EmailAddresses() {}

  static boolean isValid(String s) {
    int n = s.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    int at = s.charAt(0) == '"' ? quotedLocalPartEnd(s) : dotAtomLocalPartEnd(s);
    return at > 0 && at <= MAX_LOCAL_PART && HostNames.isMailDomain(s, at + 1, n);
  }

  /** The index of the {@code @} after a dot-atom local part, or -1. */
  private static int dotAtomLocalPartEnd(String s) {
    boolean afterDot = true; // a local part may not start with a dot
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '@') {
        return afterDot ? -1 : i;
      }
      if (c == '.') {
        if (afterDot) {
          return -1;
        }
        afterDot = true;
      } else if (isAtext(c)) {
        afterDot = false;
      } else if (isSurrogatePair(s, i)) {
        afterDot = false;
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** The index of the {@code @} after a quoted local part starting at 0, or -1. */
  private static int quotedLocalPartEnd(String s) {
    int n = s.length();
    int i = 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"') {
        boolean empty = i == 1;
        return !empty && i + 1 < n && s.charAt(i + 1) == '@' ? i + 1 : -1;
      }
      if (c == '\\') {
        if (i + 1 >= n) {
          return -1;
        } else if (isQuotedPairChar(s.charAt(i + 1))) {
          i += 2;
        } else if (isSurrogatePair(s, i + 1)) {
          i += 3;
        } else {
          return -1;
        }
      } else if (isQtext(c)) {
        i++;
      } else if (isSurrogatePair(s, i)) {
        i += 2;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** RFC 5322 atext, plus any non-ASCII character that is not a space or control (RFC 6531). */
  private static boolean isAtext(char c) {
    return (c >= 'a' && c <= 'z') || (c < 0x80 ? ASCII_ATEXT[c] : isVisibleNonAscii(c));
  }

  private static boolean isQtext(char c) {
    return c == ' ' || (c >= 0x21 && c <= 0x7e && c != '"' && c != '\\') || (c >= 0x80 && isVisibleNonAscii(c));
  }

  private static boolean isQuotedPairChar(char c) {
    return (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && isVisibleNonAscii(c));
  }

  /** A non-ASCII character that is not a control, a space or half of a surrogate pair (see {@link #isSurrogatePair}). */
  private static boolean isVisibleNonAscii(char c) {
    return !Character.isISOControl(c) && !Character.isSpaceChar(c) && !Character.isSurrogate(c);
  }

  /**
   * Whether a whole surrogate pair (a character beyond U+FFFF, such as an emoji) starts at {@code
   * i}. A surrogate alone is not a character: no encoding can send it, so no address holds one.
   */
  private static boolean isSurrogatePair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
