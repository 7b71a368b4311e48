package dev.preflight.emailaccount;

/** The JSON type of a property on the wire. */
public enum JsonType {
  /** A JSON number without fraction or exponent. */
  INTEGER,
  /** A JSON string. */
  STRING,
  /** {@code true} or {@code false}. */
  BOOLEAN
}
