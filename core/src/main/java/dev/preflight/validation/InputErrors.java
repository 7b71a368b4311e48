package dev.preflight.validation;

import org.jspecify.annotations.Nullable;

/**
 * The errors a reader reports for input it cannot turn into a record (contract §5), so that every
 * reader words them as the server does. Errors about the body as a whole name the property {@code
 * $} and are reported alone.
 */
public final class InputErrors {
  /** The property name of errors about the body as a whole. */
  public static final String BODY = "$";
  /** How many characters of an over-long string are echoed as its AttemptedValue. */
  public static final int ECHOED_PREFIX = 64;

  private InputErrors() {}

  /** Not JSON, truncated, or not UTF-8: {@code is not valid JSON (line 3, column 7)}. */
  public static ValidationError notJson(long line, long column) {
    return body("is not valid JSON (line " + line + ", column " + column + ")");
  }

  /**
   * Not JSON, where only another parser knows where it broke (a runtime's JSON-P reader, whose
   * positions at the end of a body are not reliable): {@code is not valid JSON}.
   */
  public static ValidationError notJson() {
    return body("is not valid JSON");
  }

  /** JSON whose top level is not an object. */
  public static ValidationError notAnObject() {
    return body("must be a JSON object");
  }

  /**
   * JSON a runtime's JSON-B could not bind to the type the application asked for (a value of
   * another shape somewhere in it); which value, JSON-B's message says, and it is not echoed.
   */
  public static ValidationError doesNotBind() {
    return body("does not match the shape of the request");
  }

  /** A body larger than {@code maxBytes}. */
  public static ValidationError tooLarge(long maxBytes) {
    return body("must be at most " + maxBytes + " bytes");
  }

  /** Arrays or objects nested deeper than the limit. */
  public static ValidationError nestedTooDeeply() {
    return body("is nested too deeply");
  }

  /**
   * A value of the wrong JSON type, a number with a fraction, or a number out of the Java type's
   * range, in the words of the property's type ({@code is not a valid integer}). {@code rawValue} is
   * the JSON value as sent (null for arrays and objects).
   */
  public static ValidationError wrongType(String propertyName, @Nullable Object rawValue, String message) {
    return new ValidationError(propertyName, rawValue, message);
  }

  /** The same property a second time (names compared as the server compares them), under its documented name; the second value. */
  public static ValidationError duplicate(String propertyName, @Nullable Object secondValue) {
    return new ValidationError(propertyName, secondValue, "is specified more than once");
  }

  /** A string longer than {@code maxChars}: echoes its first 64 characters followed by {@code …}. */
  public static ValidationError stringTooLong(String propertyName, String value, int maxChars) {
    String echoed = value.length() <= ECHOED_PREFIX ? value : value.substring(0, prefixEnd(value)) + "…";
    return new ValidationError(propertyName, echoed, BuiltInMessages.atMostCharacters(maxChars));
  }

  /** Where the echoed prefix ends: {@value #ECHOED_PREFIX} characters, one less rather than half a surrogate pair. */
  private static int prefixEnd(String value) {
    boolean splitsAPair = Character.isHighSurrogate(value.charAt(ECHOED_PREFIX - 1))
        && Character.isLowSurrogate(value.charAt(ECHOED_PREFIX));
    return splitsAPair ? ECHOED_PREFIX - 1 : ECHOED_PREFIX;
  }

  /**
   * A property the API does not document, in strict mode, under the name as sent. Its value is
   * never echoed: an unknown property may hold anything, secrets included.
   */
  public static ValidationError unknownProperty(String nameAsSent) {
    return new ValidationError(nameAsSent, null, "is not a known field");
  }

  private static ValidationError body(String message) {
    return new ValidationError(BODY, null, message);
  }
}
