package dev.preflight.catalogue;

import java.util.List;

/** Property names compared as the Nexudus server's model binding compares them. */
public final class WireNames {
  /** What is shown in place of a secret value. */
  public static final String REDACTED = "***";

  /**
   * The members the server keeps on every record, which no write sets but every read returns and
   * every list can filter on.
   */
  public static final List<String> SERVER_MEMBERS =
      List.of("Id", "UniqueId", "CreatedOn", "UpdatedOn", "UpdatedBy", "IsNew", "SystemId");

  private static final List<String> SECRET_WORDS =
      List.of("Password", "Token", "Secret", "ApiKey", "PrivateKey", "Passcode", "Pincode");

  /** Names lately found not to be secrets, each in the slot of its hash. */
  private static final String[] NOT_SECRET = new String[64];

  private WireNames() {}

  /**
   * Whether a member so named holds a secret when its value is text: {@code Password}, {@code
   * Token}, {@code Secret}, {@code ApiKey}, {@code PrivateKey}, {@code Passcode} or {@code Pincode}
   * in the name, in any case (docs/catalogue.md). The references do not mark secrets, so the name
   * decides.
   */
  public static boolean isSecretName(String name) {
    // An error's name is checked on every error, and is most often one of the catalogue's own
    // strings: the last few found not to be secrets are remembered by identity (a race only costs
    // a scan; nothing else is ever remembered).
    int slot = name.hashCode() & (NOT_SECRET.length - 1);
    if (NOT_SECRET[slot] == name) {
      return false;
    }
    if (scanForSecretWord(name)) {
      return true;
    }
    NOT_SECRET[slot] = name;
    return false;
  }

  private static boolean scanForSecretWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F) {
        return containsSecretWord(name);
      }
      // Only where a secret word can start is it looked for: an error's name is checked on every
      // error, so this stays a scan of the name, not seven.
      boolean found = switch (c | 0x20) {
        case 'p' -> startsAt(name, i, "password") || startsAt(name, i, "privatekey") || startsAt(name, i, "passcode")
            || startsAt(name, i, "pincode");
        case 't' -> startsAt(name, i, "token");
        case 's' -> startsAt(name, i, "secret");
        case 'a' -> startsAt(name, i, "apikey");
        default -> false;
      };
      if (found) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code lowerWord} (ASCII lower case) is at {@code at} in {@code name}, in any ASCII case. */
  private static boolean startsAt(String name, int at, String lowerWord) {
    if (at + lowerWord.length() > name.length()) {
      return false;
    }
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = name.charAt(at + k);
      if (c > 0x7F || (c | 0x20) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The general case, for a name with characters beyond ASCII (whose case folding is not ASCII's). */
  private static boolean containsSecretWord(String name) {
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
   * Whether a field links to another record by its Id ({@code CoworkerInvoiceId}): an integer whose
   * name ends in {@code Id} after at least one letter.
   */
  public static boolean isRelation(Field field) {
    String name = field.wireName();
    return (field.type() == FieldType.LONG || field.type() == FieldType.INT) && name.length() > 2
        && name.endsWith("Id") && Character.isLetter(name.charAt(name.length() - 3));
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
