package dev.preflight.emailaccount.internal;

/** The built-in messages that input readers share with the rules, so each is written once. */
public final class BuiltInMessages {
  /** The {@code date-time} rule's message. */
  public static final String NOT_A_DATE_TIME = DateTimeRule.MESSAGE;

  private BuiltInMessages() {}

  /** The {@code max-length} rule's message for a limit of {@code maxChars}. */
  public static String atMostCharacters(int maxChars) {
    return MaxLengthRule.message(maxChars);
  }
}
