package dev.preflight.catalogue;

import dev.preflight.catalogue.Operation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's text form, one line an entity or field, columns separated by tabs, {@code -} for
 * nothing:
 *
 * <pre>
 * entity  bookings  Booking  spaces/bookings  official  create,update,delete  skills/…/bookings.md@3714845…
 * field   Repeats   enum     required,create  1=Daily;2=Weekly;…  -
 * </pre>
 *
 * A field with neither {@code create} nor {@code update} is one a list can filter on but no write
 * sets (the references' list filter options of read-only entities).
 *
 * Lines starting with {@code #} are comments. The importer writes it, {@link EntityCatalogue} reads it.
 */
final class CatalogueText {
  private static final String NONE = "-";
  /** The operations column's word for an entity whose records can be deleted. */
  private static final String DELETE = "delete";

  private CatalogueText() {}

  static String write(List<Entity> entities, String header) {
    StringBuilder text = new StringBuilder();
    header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
    for (Entity entity : entities) {
      text.append(String.join("\t", "entity", entity.name(), entity.recordName(), orNone(entity.apiPath()),
          entity.pathEvidence() == null ? NONE : entity.pathEvidence().name().toLowerCase(Locale.ROOT),
          operations(entity), entity.source())).append('\n');
      for (Field field : entity.fields()) {
        List<String> flags = new ArrayList<>();
        if (field.requiredOnCreate()) {
          flags.add("required");
        }
        if (field.onCreate()) {
          flags.add("create");
        }
        if (field.onUpdate()) {
          flags.add("update");
        }
        List<String> codes = new ArrayList<>();
        for (EnumValue value : field.enumValues()) {
          codes.add(value.code() + "=" + value.name());
        }
        text.append(String.join("\t", "field", field.wireName(), field.type().name().toLowerCase(Locale.ROOT),
            joined(flags, ","), joined(codes, ";"), joined(field.childProperties(), ","))).append('\n');
      }
    }
    return text.toString();
  }

  static List<Entity> read(String text) {
    List<Entity> entities = new ArrayList<>();
    String[] pending = null;
    List<Field> fields = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns[0].equals("entity") && columns.length == 7) {
        if (pending != null) {
          entities.add(entity(pending, fields));
        }
        pending = columns;
        fields = new ArrayList<>();
      } else if (columns[0].equals("field") && columns.length == 6 && pending != null) {
        fields.add(field(columns, number));
      } else {
        throw new IllegalArgumentException("catalogue line " + number + " is neither an entity nor a field: " + line);
      }
    }
    if (pending != null) {
      entities.add(entity(pending, fields));
    }
    return entities;
  }

  private static Entity entity(String[] columns, List<Field> fields) {
    Set<Operation> operations = EnumSet.noneOf(Operation.class);
    boolean deletable = false;
    for (String operation : list(columns[5], ",")) {
      if (operation.equals(DELETE)) {
        deletable = true;
      } else {
        operations.add(Operation.valueOf(operation.toUpperCase(Locale.ROOT)));
      }
    }
    return new Entity(columns[1], columns[2], columns[3].equals(NONE) ? null : columns[3],
        columns[4].equals(NONE) ? null : PathEvidence.fromCatalogue(columns[4]), operations, deletable, columns[6],
        fields);
  }

  private static Field field(String[] columns, int number) {
    List<String> flags = list(columns[3], ",");
    List<EnumValue> values = new ArrayList<>();
    for (String code : list(columns[4], ";")) {
      int equals = code.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("catalogue line " + number + ": enum value without a code: " + code);
      }
      values.add(new EnumValue(Integer.parseInt(code.substring(0, equals)), code.substring(equals + 1)));
    }
    return new Field(columns[1], FieldType.valueOf(columns[2].toUpperCase(Locale.ROOT)), flags.contains("required"),
        flags.contains("create"), flags.contains("update"), values, list(columns[5], ","));
  }

  private static String operations(Entity entity) {
    return joined(entity.writes(), ",");
  }

  private static List<String> list(String column, String separator) {
    return column.equals(NONE) ? List.of() : List.of(column.split(Pattern.quote(separator), -1));
  }

  private static String joined(List<String> parts, String separator) {
    return parts.isEmpty() ? NONE : String.join(separator, parts);
  }

  private static String orNone(@Nullable String value) {
    return value == null ? NONE : value;
  }
}
