package dev.preflight.catalogue;

import java.util.List;

/** Property names compared as the Nexudus server's model binding compares them. */
public final class WireNames {
  /** What is shown in place of a secret value. */
  public static final String REDACTED = "***";

  private static final List<String> SECRET_WORDS =
      List.of("Password", "Token", "Secret", "ApiKey", "PrivateKey", "Passcode", "Pincode");

  private WireNames() {}

  /**
   * Whether a member so named holds a secret when its value is text: {@code Password}, {@code
   * Token}, {@code Secret}, {@code ApiKey}, {@code PrivateKey}, {@code Passcode} or {@code Pincode}
   * in the name, in any case (docs/catalogue.md). The references do not mark secrets, so the name
   * decides.
   */
  public static boolean isSecretName(String name) {
    for (String word : SECRET_WORDS) {
      for (int i = 0; i + word.length() <= name.length(); i++) {
        if (name.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * .NET's {@code OrdinalIgnoreCase}: each character upper-cased on its own, so the Kelvin sign
   * U+212A is not a {@code k}, while {@code ı} is an {@code I}.
   */
  public static boolean equalsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && Character.toUpperCase(x) != Character.toUpperCase(y)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The wire name of a reference option: each dash-separated part capitalised ({@code
   * --incoming-server-s-s-l} is {@code IncomingServerSSL}, {@code --office365-access-token} is
   * {@code Office365AccessToken}).
   */
  public static String fromOption(String option) {
    String bare = option.startsWith("--") ? option.substring(2) : option;
    StringBuilder name = new StringBuilder(bare.length());
    for (String part : bare.split("-", -1)) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return name.toString();
  }
}
