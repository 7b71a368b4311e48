package dev.preflight.internal;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EnumValue;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.BuiltInMessages;
import dev.preflight.validation.DateTimes;
import dev.preflight.validation.RuleDescription;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue engine's built-in rules, stated once: which fields each checks for an operation,
 * and its message. {@link CatalogueValidator} validates with this table and {@code preflight rules}
 * describes it, so the two cannot drift apart.
 */
enum CatalogueRule {
  /** Id on UPDATE, then every field the validator enforces as required (decision 0011). */
  REQUIRED("required"),
  /** One row per enum field, its message listing the codes. */
  ENUM_CODE("enum-code"),
  /** Every date-time field: the syntax of decision 0005. */
  DATE_TIME("date-time");

  static final String REQUIRED_MESSAGE = "is a required field";

  private final String id;

  CatalogueRule(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  boolean requiresId(Operation operation) {
    return this == REQUIRED && operation == Operation.UPDATE;
  }

  /** Whether this rule checks {@code field} when validating for {@code operation}. */
  boolean checks(Field field, Operation operation) {
    return switch (this) {
      case REQUIRED -> field.enforcedAsRequired() && (operation == Operation.CREATE || !field.createOnly());
      case ENUM_CODE -> field.type() == FieldType.ENUM && !field.enumValues().isEmpty();
      case DATE_TIME -> field.type() == FieldType.DATE_TIME;
    };
  }

  /**
   * Whether a present {@code value} fails the enum-code check (when {@code enumCodes}, the field's
   * codes, are given) or else the date-time check. A validator computes the codes once ({@link
   * #enumCodes}).
   */
  static boolean fails(long @Nullable [] enumCodes, Object value) {
    if (enumCodes == null) {
      return value instanceof String text && !DateTimes.isDateTime(text);
    }
    if (!(value instanceof Long code)) {
      return false;
    }
    for (long known : enumCodes) {
      if (known == code) {
        return false;
      }
    }
    return true;
  }

  /** The codes of an enum field, for {@link #fails}. */
  static long[] enumCodes(Field field) {
    return field.enumValues().stream().mapToLong(EnumValue::code).toArray();
  }

  /** A blank string, a zero id and an empty collection count as missing. */
  static boolean isMissing(Object value) {
    return value instanceof String text && isBlank(text)
        || value instanceof Long id && id == 0L
        || value instanceof Integer elements && elements == 0;
  }

  /**
   * {@link String#isBlank}, answered at once for the usual value, which starts with a printable
   * ASCII character (none of which is white space).
   */
  private static boolean isBlank(String text) {
    if (!text.isEmpty()) {
      char first = text.charAt(0);
      if (first > ' ' && first < 0x80) {
        return false;
      }
    }
    return text.isBlank();
  }

  /** {@code must be one of: 1 (Daily), 2 (Weekly), …}. */
  static String enumMessage(Field field) {
    StringBuilder message = new StringBuilder("must be one of: ");
    for (int i = 0; i < field.enumValues().size(); i++) {
      message.append(i == 0 ? "" : ", ").append(field.enumValues().get(i));
    }
    return message.toString();
  }

  /** This rule's rows for {@code entity}: none when it checks no property. */
  List<RuleDescription> describe(Entity entity, Operation operation) {
    List<String> names = new ArrayList<>();
    if (requiresId(operation)) {
      names.add("Id");
    }
    List<RuleDescription> rows = new ArrayList<>();
    for (Field field : entity.fields()) {
      if (checks(field, operation)) {
        if (this == ENUM_CODE) {
          rows.add(new RuleDescription(id, List.of(field.wireName()), enumMessage(field)));
        } else {
          names.add(field.wireName());
        }
      }
    }
    if (!names.isEmpty()) {
      rows.add(new RuleDescription(id, names, this == REQUIRED ? REQUIRED_MESSAGE : BuiltInMessages.NOT_A_DATE_TIME));
    }
    return rows;
  }
}
