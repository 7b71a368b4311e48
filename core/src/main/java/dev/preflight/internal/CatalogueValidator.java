package dev.preflight.internal;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.WireNames;
import dev.preflight.validation.BuiltInMessages;
import dev.preflight.validation.DateTimes;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.RuleDescription;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.RuleContext;
import dev.preflight.validation.spi.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's engine: validates records of one entity for CREATE or UPDATE with the rules its
 * data supports (docs/catalogue.md), stated once in {@link CatalogueRule}: {@code required}
 * (UPDATE also requires {@code Id}; a blank string, a zero id and an empty collection count as
 * missing), {@code enum-code} and {@code date-time} (the syntax of decision 0005); reading errors
 * (JSON types, duplicates, limits) come from the reader. Then the rules of your own, in
 * registration order. Errors are ordered by field in the references' order, {@code Id} first; a
 * field with a reading error keeps that error only. Immutable and thread-safe.
 */
public final class CatalogueValidator implements Validator {
  /** The factory that answers for every entity: the last one the registry asks. */
  public static final ValidatorFactory FACTORY = CatalogueValidator::of;
  private static final String ID = "Id";
  private static final int ID_PLACE = -1;
  private static final int UNKNOWN_PLACE = Integer.MAX_VALUE;
  private static final int[] NO_PLACES = {};

  private final Entity entity;
  private final Operation operation;
  private final List<Rule> rules;
  /** {@link #rules}, for a loop that allocates nothing. */
  private final Rule[] ownRules;
  private final String successMessage;
  /** For each field, the message of its built-in check other than required (enum codes, date-time), or null. */
  private final @Nullable String[] checkMessages;
  /** For each field the enum-code check covers, its codes; null for the others. */
  private final long @Nullable [][] enumCodes;
  /** For each field, whether {@code required} checks it for this operation. */
  private final boolean[] required;
  private final boolean requiresId;
  /** The positions of the fields a built-in rule checks, in order: the others need no look. */
  private final int[] checked;
  /** The position of each field by its exact wire name, and {@code Id}'s. */
  private final Map<String, Integer> places;

  private CatalogueValidator(Entity entity, Operation operation, List<Rule> rules) {
    this.entity = Objects.requireNonNull(entity, "entity == null");
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.rules = List.copyOf(rules);
    this.ownRules = this.rules.toArray(Rule[]::new);
    this.successMessage = operation.successMessage(entity.recordName());
    this.checkMessages = new String[entity.fields().size()];
    this.required = new boolean[entity.fields().size()];
    this.enumCodes = new long[entity.fields().size()][];
    this.requiresId = CatalogueRule.REQUIRED.requiresId(operation);
    Map<String, Integer> byName = new HashMap<>();
    byName.put(ID, ID_PLACE);
    for (int i = 0; i < checkMessages.length; i++) {
      Field field = entity.fields().get(i);
      checkMessages[i] = CatalogueRule.ENUM_CODE.checks(field, operation) ? CatalogueRule.enumMessage(field)
          : CatalogueRule.DATE_TIME.checks(field, operation) ? BuiltInMessages.NOT_A_DATE_TIME : null;
      enumCodes[i] = CatalogueRule.ENUM_CODE.checks(field, operation) ? CatalogueRule.enumCodes(field) : null;
      required[i] = CatalogueRule.REQUIRED.checks(field, operation);
      byName.putIfAbsent(field.wireName(), i);
    }
    this.places = Map.copyOf(byName);
    this.checked = java.util.stream.IntStream.range(0, checkMessages.length)
        .filter(i -> required[i] || checkMessages[i] != null).toArray();
  }

  /** The built-in rules of {@code entity} for {@code operation}, then {@code rules} in this order. */
  public static CatalogueValidator of(Entity entity, Operation operation, List<Rule> rules) {
    return new CatalogueValidator(entity, operation, rules);
  }

  @Override
  public Entity entity() {
    return entity;
  }

  @Override
  public Operation operation() {
    return operation;
  }

  @Override
  public CatalogueValidator forOperation(Operation operation) {
    return this.operation == Objects.requireNonNull(operation, "operation == null") ? this
        : new CatalogueValidator(entity, operation, rules);
  }

  @Override
  public ValidationResponse validate(EntityRecord record, List<ValidationError> readErrors) {
    Objects.requireNonNull(record, "record == null");
    if (record.entity() != entity && !record.entity().equals(entity)) {
      throw new IllegalArgumentException("a " + record.entity().name() + " record given to the " + entity.name()
          + " validator");
    }
    Errors errors = new Errors(readErrors);
    if (requiresId && (record.id() == null || record.id() == 0L)) {
      errors.addAt(ID_PLACE, record.id(), CatalogueRule.REQUIRED_MESSAGE);
    }
    for (int i : checked) {
      Object value = record.valueAt(i);
      if (value == null || CatalogueRule.isMissing(value)) {
        if (required[i]) {
          errors.addAt(i, value, CatalogueRule.REQUIRED_MESSAGE);
        }
      } else if (checkMessages[i] != null && CatalogueRule.fails(enumCodes[i], value)) {
        errors.addAt(i, value, checkMessages[i]);
      }
    }
    for (Rule rule : ownRules) {
      try {
        rule.validate(record, errors.context());
      } catch (RuntimeException broken) {
        throw new IllegalStateException("the rule " + rule.id() + " threw; rules must be total", broken);
      }
    }
    List<ValidationError> found = errors.inOrder();
    if (found.isEmpty()) {
      return ValidationResponse.success(successMessage, record.id() == null ? null : new RecordId(record.id()));
    }
    return ValidationResponse.failure(found);
  }

  /**
   * What this validator checks, in the order it reports: each built-in rule of {@link
   * CatalogueRule} with the properties it checks, then each rule of your own (its message is its own
   * to choose, so its own descriptions are given).
   */
  @Override
  public List<RuleDescription> descriptions() {
    List<RuleDescription> rows = new ArrayList<>();
    for (CatalogueRule rule : CatalogueRule.values()) {
      rows.addAll(rule.describe(entity, operation));
    }
    for (Rule rule : rules) {
      rows.addAll(rule.descriptions());
    }
    return rows;
  }

  /**
   * The place of a property in the documented order: -1 for {@code Id}, the field's position, or
   * {@link Integer#MAX_VALUE} for a name the entity does not have. Names are compared as the server
   * compares them; an exact spelling is found without a scan.
   */
  private int placeOf(String name) {
    Integer place = places.get(name);
    if (place != null) {
      return place;
    }
    if (WireNames.equalsIgnoreCase(name, ID)) {
      return ID_PLACE;
    }
    Field field = entity.field(name);
    return field == null ? UNKNOWN_PLACE : entity.position(field);
  }

  /** The errors of one validation, each with its place in the documented order; nothing is allocated for none. */
  private final class Errors {
    private @Nullable List<ValidationError> errors;
    /** The place of each error, by index in {@link #errors}. */
    private int[] places = NO_PLACES;
    /** The places of properties that failed reading (they keep that error only), or null when none did. */
    private @Nullable Set<Integer> readFailed;
    /** The names, as sent, of unknown properties that failed reading. */
    private @Nullable Set<String> readFailedUnknown;
    /** Whether the errors came in the documented order (built-in checks alone do): then there is nothing to sort. */
    private boolean ordered = true;
    private int lastPlace = Integer.MIN_VALUE;

    Errors(List<ValidationError> readErrors) {
      if (readErrors.isEmpty()) {
        return;
      }
      readFailed = new HashSet<>();
      for (ValidationError error : readErrors) {
        int place = placeOf(error.propertyName());
        readFailed.add(place);
        if (place == UNKNOWN_PLACE) {
          if (readFailedUnknown == null) {
            readFailedUnknown = new HashSet<>();
          }
          readFailedUnknown.add(error.propertyName());
        }
        placed(place, error);
      }
    }

    /** An error of a built-in check of the field at {@code place} (or of {@code Id}, at -1). */
    void addAt(int place, @Nullable Object attemptedValue, String message) {
      if (readFailed != null && readFailed.contains(place)) {
        return;
      }
      if (place == ID_PLACE) {
        placed(place, new ValidationError(ID, attemptedValue, message));
      } else {
        Field field = entity.fields().get(place);
        placed(place, new ValidationError(field.wireName(), field.shown(attemptedValue), message));
      }
    }

    /** An error a rule of your own reported, under any spelling of the property's name. */
    void add(String propertyName, @Nullable Object attemptedValue, String message) {
      int place = placeOf(propertyName);
      if (place != UNKNOWN_PLACE) {
        addAt(place, attemptedValue, message);
      } else if (readFailedUnknown == null || !readFailedUnknown.contains(propertyName)) {
        placed(place, new ValidationError(propertyName, attemptedValue, message));
      }
    }

    private void placed(int place, ValidationError error) {
      if (errors == null) {
        errors = new ArrayList<>(4);
        places = new int[4];
      }
      ordered &= place >= lastPlace;
      lastPlace = place;
      if (places.length == errors.size()) {
        places = java.util.Arrays.copyOf(places, places.length * 2);
      }
      places[errors.size()] = place;
      errors.add(error);
    }

    RuleContext context() {
      return new RuleContext() {
        @Override
        public Operation operation() {
          return operation;
        }

        @Override
        public void report(String propertyName, @Nullable Object attemptedValue, String message) {
          add(Objects.requireNonNull(propertyName, "propertyName == null"), attemptedValue,
              Objects.requireNonNull(message, "message == null"));
        }
      };
    }

    /** By place (Id, then fields in order, then other names); reading errors first within a place (a stable sort). */
    List<ValidationError> inOrder() {
      if (errors == null) {
        return List.of();
      }
      if (ordered) {
        return errors;
      }
      List<ValidationError> found = errors;
      int[] at = places;
      List<Integer> indexes = new ArrayList<>(found.size());
      for (int i = 0; i < found.size(); i++) {
        indexes.add(i);
      }
      indexes.sort(Comparator.comparingInt(i -> at[i]));
      List<ValidationError> sorted = new ArrayList<>(found.size());
      for (int i : indexes) {
        sorted.add(found.get(i));
      }
      return sorted;
    }
  }

  @Override
  public String toString() {
    return "CatalogueValidator[" + entity.name() + ", " + operation + ", " + rules.size() + " rules of your own]";
  }
}
