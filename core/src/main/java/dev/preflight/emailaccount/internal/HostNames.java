package dev.preflight.emailaccount.internal;

import java.net.IDN;
import org.jspecify.annotations.Nullable;

/**
 * Host names (RFC 1123 letters-digits-hyphens labels), IDN host names (through {@link IDN}), and
 * IP literals. One pass over the text, no regular expressions.
 */
final class HostNames {
  static final int MAX_LABEL = 63;
  static final int MAX_NAME = 253;

  private HostNames() {}

  /**
   * A server host: a host name (one trailing dot allowed, as in a fully qualified name), an IDN
   * host name, an IPv4 address, or an IPv6 address bare or in brackets. No scheme, port, path or
   * spaces.
   */
  static boolean isHost(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    if (s.charAt(0) == '[') {
      return n > 2 && s.charAt(n - 1) == ']' && IpAddresses.isIpv6(s, 1, n - 1);
    }
    int end = s.charAt(n - 1) == '.' ? n - 1 : n;
    int labels = labelCount(s, 0, end);
    if (labels > 0) {
      // A name whose last label is all digits must be an IPv4 address (with no trailing dot).
      return !lastLabelIsNumeric(s, 0, end) || (end == n && IpAddresses.isIpv4(s, 0, n));
    }
    if (labels == NON_ASCII) {
      String name = idnAscii(s, 0, n);
      if (name == null) {
        return false;
      }
      int nameEnd = name.endsWith(".") ? name.length() - 1 : name.length();
      return labelCount(name, 0, nameEnd) > 0 && !lastLabelIsNumeric(name, 0, nameEnd);
    }
    return s.indexOf(':') >= 0 && IpAddresses.isIpv6(s, 0, n);
  }

  /**
   * The domain of an e-mail address in {@code s[from, to)}: a host name of at least two labels
   * (no trailing dot, not all-numeric at the end), an IDN domain, or an address literal {@code
   * [192.0.2.1]} / {@code [IPv6:2001:db8::1]}.
   */
  static boolean isMailDomain(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    if (s.charAt(from) == '[') {
      if (to - from < 3 || s.charAt(to - 1) != ']') {
        return false;
      }
      if (s.regionMatches(true, from + 1, "IPv6:", 0, 5)) {
        return IpAddresses.isIpv6(s, from + 6, to - 1);
      }
      return IpAddresses.isIpv4(s, from + 1, to - 1);
    }
    int labels = labelCount(s, from, to);
    if (labels == NON_ASCII) {
      String name = idnAscii(s, from, to);
      return name != null && labelCount(name, 0, name.length()) >= 2 && !lastLabelIsNumeric(name, 0, name.length());
    }
    return labels >= 2 && !lastLabelIsNumeric(s, from, to);
  }

  /** The IDNA ASCII form of {@code s[from, to)}, or {@code null} when it has none. */
  private static @Nullable String idnAscii(String s, int from, int to) {
    try {
      return IDN.toASCII(s.substring(from, to), IDN.USE_STD3_ASCII_RULES);
    } catch (RuntimeException notAnIdn) {
      return null;
    }
  }

  /** {@link #labelCount}: the name holds a non-ASCII character, so it must go through IDN first. */
  private static final int NON_ASCII = -2;

  /**
   * The number of labels in the dotted name {@code s[from, to)}; -1 when a label is empty,
   * longer than 63, holds anything but letters, digits and hyphens, or starts or ends with a
   * hyphen, or the name is longer than 253; {@link #NON_ASCII} at the first non-ASCII character.
   */
  private static int labelCount(String s, int from, int to) {
    if (to - from > MAX_NAME || from >= to) {
      return -1;
    }
    int labels = 0;
    int labelStart = from;
    for (int i = from; i <= to; i++) {
      char c = i == to ? '.' : s.charAt(i);
      if (c == '.') {
        int length = i - labelStart;
        if (length == 0 || length > MAX_LABEL || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return -1;
        }
        labels++;
        labelStart = i + 1;
      } else if ((c < 'a' || c > 'z') && (c >= 0x80 || !LABEL_CHARACTER[c])) {
        return c >= 0x80 ? NON_ASCII : -1;
      }
    }
    return labels;
  }

  /** Whether the last label of {@code s[from, to)} is non-empty and all digits. */
  private static boolean lastLabelIsNumeric(String s, int from, int to) {
    int i = to - 1;
    while (i >= from && IpAddresses.isDigit(s.charAt(i))) {
      i--;
    }
    return i < to - 1 && (i < from || s.charAt(i) == '.');
  }

  /** The characters of a label (ASCII letters, digits, hyphen), by code. */
  private static final boolean[] LABEL_CHARACTER = Text.lettersDigitsAnd("-");
}
