package dev.preflight.catalogue;

import dev.preflight.catalogue.WireNames;

import dev.preflight.catalogue.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One Nexudus entity of the catalogue: its names, where its API is, what it supports and its
 * fields in the references' order (errors are reported in that order, {@code Id} first).
 *
 * @param name the plural, lower-case name the references and the command line use ({@code bookings})
 * @param recordName one record's name ({@code Booking}), as in {@code Booking was successfully updated.}
 * @param apiPath the REST path under {@code /api/} ({@code spaces/bookings}), or null where no
 *     source gives one
 * @param pathEvidence what the path rests on; null exactly when there is no path
 * @param operations what the API supports for it
 * @param source where its facts come from: the reference file and the commit it was read at
 * @param fields every field a create or an update sends, {@code Id} excluded
 */
public record Entity(String name, String recordName, @Nullable String apiPath, @Nullable PathEvidence pathEvidence,
    Set<Operation> operations, String source, List<Field> fields) {

  public Entity {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(recordName, "recordName == null");
    Objects.requireNonNull(source, "source == null");
    if ((apiPath == null) != (pathEvidence == null)) {
      throw new IllegalArgumentException(name + ": a path and its evidence go together");
    }
    operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
    fields = List.copyOf(fields);
  }

  /** The field with this wire name, compared as the server compares names, or null. */
  public @Nullable Field field(String wireName) {
    for (Field field : fields) {
      if (field.wireName().equals(wireName)) {
        return field;
      }
    }
    for (Field field : fields) {
      if (WireNames.equalsIgnoreCase(field.wireName(), wireName)) {
        return field;
      }
    }
    return null;
  }

  /** The position of {@code field} in the documented order, 0-based, {@code Id} being -1. */
  public int position(Field field) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == field) {
        return i;
      }
    }
    return fields.indexOf(field);
  }

  /** Whether a record of this entity can be written with {@code operation} at all. */
  public boolean supports(Operation operation) {
    return operations.contains(operation);
  }
}
