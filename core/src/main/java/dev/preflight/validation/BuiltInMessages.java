package dev.preflight.validation;

/**
 * Built-in messages that more than one part of Preflight reports, written once: the rules and the
 * readers ({@link InputErrors}) word the same problem the same way. Rules of your own may use them
 * too.
 */
public final class BuiltInMessages {
  /** The {@code date-time} rule's message, and a reader's for a LastCheckTime that is not a string. */
  public static final String NOT_A_DATE_TIME = "is not a valid date and time";

  private BuiltInMessages() {}

  /**
   * {@code must be at most N characters}: the {@code max-length} rule's message, and a reader's for
   * a string over its limit.
   */
  public static String atMostCharacters(int maxChars) {
    return "must be at most " + maxChars + " characters";
  }
}
