package dev.preflight.emailaccount.internal;

/** Linear scanners for IPv4 dotted quads and IPv6 text forms (RFC 4291 §2.2). */
final class IpAddresses {
  private IpAddresses() {}

  /** Four decimal octets 0..255 without leading zeros, in {@code s[from, to)}. */
  static boolean isIpv4(String s, int from, int to) {
    int octets = 0;
    int i = from;
    while (true) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int length = i - start;
      if (length == 0 || value > 255 || (length > 1 && s.charAt(start) == '0')) {
        return false;
      }
      octets++;
      if (i == to) {
        return octets == 4;
      }
      if (s.charAt(i) != '.' || octets == 4) {
        return false;
      }
      i++;
    }
  }

  /**
   * Eight groups of 1..4 hex digits, at most one {@code ::}, optionally ending in an embedded IPv4
   * address, in {@code s[from, to)}. Zone ids are not accepted.
   */
  static boolean isIpv6(String s, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int i = from;
    if (s.charAt(i) == ':') {
      if (s.charAt(i + 1) != ':') {
        return false;
      }
      compressed = true;
      i += 2;
    }
    while (i < to) {
      int start = i;
      while (i < to && isHex(s.charAt(i))) {
        i++;
      }
      if (i < to && s.charAt(i) == '.') {
        if (groups > 6 || !isIpv4(s, start, to)) {
          return false;
        }
        groups += 2;
        break;
      }
      int length = i - start;
      if (length == 0 || length > 4) {
        return false;
      }
      groups++;
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i == to) {
        return false;
      }
      if (s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
