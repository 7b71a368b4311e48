package dev.preflight.jakarta.validation;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.WireNames;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.model.EntityModel;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns Bean Validation violations back into the Nexudus envelope, in the contract's order (not
 * the set's). Violations of {@link ValidEmailAccount} and {@link ValidEntity} keep their exact error
 * (under a provider other than Hibernate Validator, rebuilt from the record and ordered as its
 * fields); other constraints' violations follow, named by the last node of their path, ordered by
 * path and message.
 */
public final class Violations {
  /** The property name used when a violation set is empty or names nothing. */
  private static final String WHOLE_VALUE = "$";

  private Violations() {}

  /** The envelope for {@code violations}. */
  public static ValidationResponse toResponse(Collection<? extends ConstraintViolation<?>> violations) {
    List<Entry> entries = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      entries.add(entry(violation));
    }
    entries.sort(Comparator.comparing(Entry::fromOtherConstraint).thenComparing(Entry::group).thenComparingInt(Entry::index)
        .thenComparingInt(Entry::propertyRank).thenComparing(e -> e.error().message()));
    List<ValidationError> errors = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      errors.add(entry.error());
    }
    if (errors.isEmpty()) {
      errors.add(new ValidationError(WHOLE_VALUE, null, "is not valid"));
    }
    return ValidationResponse.failure(errors);
  }

  private static Entry entry(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String name = leafName(violation.getPropertyPath());
    String group = path.endsWith(name) ? path.substring(0, path.length() - name.length()) : path;
    ErrorPosition position = ErrorPosition.of(violation);
    if (position != null) {
      return new Entry(group, position.index(), rank(violation.getInvalidValue(), position.error()), position.error());
    }
    Object attempted = attemptedValue(violation.getInvalidValue(), name);
    ValidationError error = new ValidationError(name, attempted, violation.getMessage());
    return new Entry(group, Integer.MAX_VALUE, rank(violation.getInvalidValue(), error), error);
  }

  private static String leafName(Path path) {
    String name = WHOLE_VALUE;
    for (Path.Node node : path) {
      if (node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }

  /**
   * The value a person may see: a record's property (redacted if secret; a model's as its record
   * holds it, as the core's envelope echoes it), or a JSON scalar.
   */
  private static @Nullable Object attemptedValue(@Nullable Object invalid, String name) {
    if (invalid instanceof EmailAccount account) {
      Property property = Property.fromWireName(name);
      return property == null ? null : property.shownValueIn(account);
    }
    EntityRecord record = invalid instanceof EntityModel model ? model.toRecord()
        : invalid instanceof EntityRecord held ? held : null;
    if (record != null) {
      Field field = record.entity().field(name);
      return field != null ? field.shown(record.value(field)) : WireNames.equalsIgnoreCase(name, "Id") ? record.id() : null;
    }
    boolean scalar = invalid instanceof String || invalid instanceof Boolean || invalid instanceof Integer
        || invalid instanceof Long || invalid instanceof BigInteger || invalid instanceof BigDecimal;
    return scalar ? invalid : null;
  }

  /** A property's place in its record: the contract's order for EmailAccount, the catalogue's ({@code Id} first) for any entity. */
  private static int rank(@Nullable Object invalid, ValidationError error) {
    Entity entity = invalid instanceof EntityModel model ? model.modelType().entity()
        : invalid instanceof EntityRecord record ? record.entity() : null;
    if (entity != null) {
      Field field = entity.field(error.propertyName());
      return field != null ? entity.position(field) + 1 : WireNames.equalsIgnoreCase(error.propertyName(), "Id") ? 0
          : Integer.MAX_VALUE;
    }
    Property property = Property.fromWireName(error.propertyName());
    return property == null ? Integer.MAX_VALUE : property.ordinal();
  }

  private record Entry(String group, int index, int propertyRank, ValidationError error) {
    boolean fromOtherConstraint() {
      return index == Integer.MAX_VALUE;
    }
  }
}
