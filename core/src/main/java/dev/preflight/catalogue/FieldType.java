package dev.preflight.catalogue;

import org.jspecify.annotations.Nullable;

/** The type of a field as the entity references name it, and what JSON it takes on the wire. */
public enum FieldType {
  /** A 64-bit integer, ids and foreign keys ({@code long}). */
  LONG("long", "is not a valid integer"),
  /** A 32-bit integer ({@code int}). */
  INT("int", "is not a valid integer"),
  /** A JSON number, fraction and exponent allowed ({@code decimal}). */
  DECIMAL("decimal", "is not a valid number"),
  /** {@code true} or {@code false} ({@code bool}). */
  BOOL("bool", "is not a valid boolean"),
  /** An ISO-8601 date-time string ({@code DateTime}), kept as sent. */
  DATE_TIME("DateTime", "is not a valid date and time"),
  /** A string ({@code string}). */
  STRING("string", "is not a valid string"),
  /** An integer code out of the field's enum values ({@code enum}). */
  ENUM("enum", "is not a valid integer"),
  /** An inline child collection: a JSON array of objects ({@code JSON array or @filepath}). */
  CHILDREN("JSON array", "is not a valid array"),
  /**
   * A list of values, such as the ids of desks ({@code list, repeat flag}): a JSON array whose
   * elements are not checked (decision 0011).
   */
  LIST("list", "is not a valid array");

  private final String referenceName;
  private final String wrongTypeMessage;

  FieldType(String referenceName, String wrongTypeMessage) {
    this.referenceName = referenceName;
    this.wrongTypeMessage = wrongTypeMessage;
  }

  /** The type's name in the entity references ({@code long}, {@code DateTime}…). */
  public String referenceName() {
    return referenceName;
  }

  /** What a reader reports for a JSON value of another type, in the server's words. */
  public String wrongTypeMessage() {
    return wrongTypeMessage;
  }

  /** The type the references name so ({@code JSON array or @filepath} is {@link #CHILDREN}), or null. */
  public static @Nullable FieldType fromReferenceName(String name) {
    if (name.startsWith("JSON array")) {
      return CHILDREN;
    }
    for (FieldType type : values()) {
      if (type.referenceName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
