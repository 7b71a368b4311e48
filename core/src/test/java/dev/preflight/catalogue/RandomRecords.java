package dev.preflight.catalogue;

import java.util.Random;

/**
 * Random JSON bodies of any catalogue entity, valid and invalid, for tests that hold every door to
 * one verdict: each field absent, valid, null, of a wrong JSON type, or (enums) an unknown code; the
 * Id sometimes missing. Deterministic for a seed.
 */
public final class RandomRecords {
  private final Random dice;

  public RandomRecords(long seed) {
    this.dice = new Random(seed);
  }

  /** A valid JSON value of the field's type. */
  public static String validJson(Field field) {
    return switch (field.type()) {
      case LONG -> "42";
      case INT -> "7";
      case DECIMAL -> "12.50";
      case BOOL -> "true";
      case DATE_TIME -> "\"2026-12-05T09:30:00Z\"";
      case STRING -> "\"text\"";
      case ENUM -> String.valueOf(field.enumValues().isEmpty() ? 1 : field.enumValues().get(0).code());
      case CHILDREN -> "[{}]";
      case LIST -> "[42]";
    };
  }

  /** A JSON value of another type than the field's. */
  public static String wrongJson(Field field) {
    return switch (field.type()) {
      case LONG, INT, ENUM, DECIMAL -> "\"12\"";
      case BOOL -> "1";
      case DATE_TIME -> "20261205";
      case STRING -> "true";
      case CHILDREN -> "{\"ProductId\":1}";
      case LIST -> "\"42,43\"";
    };
  }

  /** One body of {@code entity}: about half of them valid for an update. */
  public String body(Entity entity) {
    boolean clean = dice.nextBoolean();
    StringBuilder json = new StringBuilder("{");
    if (!clean && dice.nextInt(4) == 0) {
      json.append("\"Id\":").append(dice.nextBoolean() ? "0" : "null");
    } else {
      json.append("\"Id\":").append(1 + dice.nextInt(1_000_000));
    }
    for (Field field : entity.fields()) {
      String value = clean ? cleanValue(field) : anyValue(field);
      if (value != null) {
        json.append(",\"").append(field.wireName()).append("\":").append(value);
      }
    }
    return json.append('}').toString();
  }

  private String cleanValue(Field field) {
    return field.enforcedAsRequired() || dice.nextInt(3) == 0 ? validJson(field) : null;
  }

  private String anyValue(Field field) {
    return switch (dice.nextInt(12)) {
      case 0, 1, 2, 3 -> field.enforcedAsRequired() && dice.nextBoolean() ? validJson(field) : null;
      case 4, 5, 6, 7 -> validJson(field);
      case 8 -> wrongJson(field);
      case 9 -> field.type() == FieldType.ENUM ? "987654" : validJson(field);
      case 10 -> field.type() == FieldType.STRING ? "\"\"" : validJson(field);
      default -> "null";
    };
  }
}
