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
import java.util.HashSet;
import java.util.List;
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

  private final Entity entity;
  private final Operation operation;
  private final List<Rule> rules;
  private final String successMessage;
  /** For each field, the message of its built-in check other than required (enum codes, date-time), or null. */
  private final @Nullable String[] checkMessages;

  private CatalogueValidator(Entity entity, Operation operation, List<Rule> rules) {
    this.entity = Objects.requireNonNull(entity, "entity == null");
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.rules = List.copyOf(rules);
    this.successMessage = operation.successMessage(entity.recordName());
    this.checkMessages = new String[entity.fields().size()];
    for (int i = 0; i < checkMessages.length; i++) {
      Field field = entity.fields().get(i);
      checkMessages[i] = CatalogueRule.ENUM_CODE.checks(field, operation) ? CatalogueRule.enumMessage(field)
          : CatalogueRule.DATE_TIME.checks(field, operation) ? BuiltInMessages.NOT_A_DATE_TIME : null;
    }
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
    if (!record.entity().equals(entity)) {
      throw new IllegalArgumentException("a " + record.entity().name() + " record given to the " + entity.name()
          + " validator");
    }
    Errors errors = new Errors(readErrors);
    if (CatalogueRule.REQUIRED.requiresId(operation) && (record.id() == null || record.id() == 0L)) {
      errors.add("Id", record.id(), CatalogueRule.REQUIRED_MESSAGE);
    }
    List<Field> fields = entity.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Object value = record.valueAt(i);
      if (value == null || CatalogueRule.isMissing(value)) {
        if (CatalogueRule.REQUIRED.checks(field, operation)) {
          errors.add(field.wireName(), value, CatalogueRule.REQUIRED_MESSAGE);
        }
      } else if (checkMessages[i] != null && CatalogueRule.fails(field, value)) {
        errors.add(field.wireName(), value, checkMessages[i]);
      }
    }
    for (Rule rule : rules) {
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

  /** The errors of one validation, each with its place in the documented order. */
  private final class Errors {
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<String> readFailed = new HashSet<>();

    Errors(List<ValidationError> readErrors) {
      errors.addAll(readErrors);
      for (ValidationError error : readErrors) {
        readFailed.add(canonical(error.propertyName()));
      }
    }

    void add(String propertyName, @Nullable Object attemptedValue, String message) {
      String name = canonical(propertyName);
      if (!readFailed.contains(name)) {
        Field field = entity.field(name);
        errors.add(new ValidationError(name, field == null ? attemptedValue : field.shown(attemptedValue), message));
      }
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

    /** By place (Id, then fields in order, then other names); reading errors first within a place. */
    List<ValidationError> inOrder() {
      if (errors.size() > 1) {
        errors.sort(Comparator.comparingInt(this::place));
      }
      return errors;
    }

    private int place(ValidationError error) {
      if (error.propertyName().equals("Id")) {
        return -1;
      }
      Field field = entity.field(error.propertyName());
      return field == null ? Integer.MAX_VALUE : entity.position(field);
    }

    private String canonical(String name) {
      if (WireNames.equalsIgnoreCase(name, "Id")) {
        return "Id";
      }
      Field field = entity.field(name);
      return field == null ? name : field.wireName();
    }
  }

  @Override
  public String toString() {
    return "CatalogueValidator[" + entity.name() + ", " + operation + ", " + rules.size() + " rules of your own]";
  }
}
