package dev.preflight.entity;

import dev.preflight.emailaccount.validation.BuiltInMessages;
import dev.preflight.emailaccount.validation.DateTimes;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.RecordId;
import dev.preflight.emailaccount.validation.ValidationError;
import dev.preflight.emailaccount.validation.ValidationResponse;
import dev.preflight.entity.spi.EntityRule;
import dev.preflight.entity.spi.EntityRuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates records of one catalogue entity for CREATE or UPDATE with the rules its data supports
 * (docs/catalogue.md): {@code required} (UPDATE also requires {@code Id}; a blank string, a zero id
 * and an empty collection count as missing), {@code enum-code} and {@code date-time} (the syntax of
 * decision 0005); reading errors (JSON types,
 * duplicates, limits) come from the reader. Then the entity rules of your own, in registration
 * order. Errors are ordered by field in the references' order, {@code Id} first; a field with a
 * reading error keeps that error only. Immutable and thread-safe.
 */
public final class EntityValidator {
  /** The message of the {@code required} rule. */
  public static final String REQUIRED = "is a required field";

  private final Entity entity;
  private final Operation operation;
  private final List<EntityRule> rules;

  private EntityValidator(Entity entity, Operation operation, List<EntityRule> rules) {
    this.entity = entity;
    this.operation = operation;
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules for {@code entity}, validating for UPDATE. */
  public static EntityValidator standard(Entity entity) {
    return new EntityValidator(Objects.requireNonNull(entity, "entity == null"), Operation.UPDATE, List.of());
  }

  /** The same rules, validating for {@code operation}. */
  public EntityValidator forOperation(Operation operation) {
    return this.operation == Objects.requireNonNull(operation, "operation == null") ? this
        : new EntityValidator(entity, operation, rules);
  }

  /** The same, followed by {@code rule} when it applies to this entity. */
  public EntityValidator withRule(EntityRule rule) {
    Objects.requireNonNull(rule, "rule == null");
    if (!rule.appliesTo(entity.name())) {
      return this;
    }
    List<EntityRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new EntityValidator(entity, operation, more);
  }

  public Entity entity() {
    return entity;
  }

  public Operation operation() {
    return operation;
  }

  /** Validates a whole record. */
  public ValidationResponse validate(EntityRecord record) {
    return validate(record, List.of());
  }

  ValidationResponse validate(EntityRecord record, List<ValidationError> readErrors) {
    if (!record.entity().equals(entity)) {
      throw new IllegalArgumentException("a " + record.entity().name() + " record given to the " + entity.name()
          + " validator");
    }
    Errors errors = new Errors(readErrors);
    if (operation == Operation.UPDATE && (record.id() == null || record.id() == 0L)) {
      errors.add("Id", record.id(), REQUIRED);
    }
    List<Field> fields = entity.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Object value = record.valueAt(i);
      if (value == null || isEmpty(value)) {
        if (requires(field)) {
          errors.add(field.wireName(), value, REQUIRED);
        }
      } else if (field.type() == FieldType.ENUM && !field.enumValues().isEmpty() && value instanceof Long code
          && !field.hasEnumCode(code)) {
        errors.add(field.wireName(), code, enumMessage(field));
      } else if (field.type() == FieldType.DATE_TIME && value instanceof String text && !DateTimes.isDateTime(text)) {
        errors.add(field.wireName(), text, BuiltInMessages.NOT_A_DATE_TIME);
      }
    }
    for (EntityRule rule : rules) {
      try {
        rule.validate(record, errors.context(operation));
      } catch (RuntimeException broken) {
        throw new IllegalStateException("the rule " + rule.id() + " threw; rules must be total", broken);
      }
    }
    List<ValidationError> found = errors.inOrder();
    if (found.isEmpty()) {
      return ValidationResponse.success(successMessage(), record.id() == null ? null : new RecordId(record.id()));
    }
    return ValidationResponse.failure(found);
  }

  /**
   * What this validator checks, in the order it reports: {@code required} (Id on UPDATE, then the
   * enforced fields), {@code enum-code} (one row per enum field, its message listing the codes),
   * {@code date-time}, then each rule of your own (its message is its own to choose, so none is
   * given).
   */
  public List<EntityRuleDescription> descriptions() {
    List<EntityRuleDescription> rows = new ArrayList<>();
    List<String> required = new ArrayList<>();
    List<String> dateTimes = new ArrayList<>();
    if (operation == Operation.UPDATE) {
      required.add("Id");
    }
    for (Field field : entity.fields()) {
      if (requires(field)) {
        required.add(field.wireName());
      }
      if (field.type() == FieldType.DATE_TIME) {
        dateTimes.add(field.wireName());
      }
    }
    if (!required.isEmpty()) {
      rows.add(new EntityRuleDescription("required", required, REQUIRED));
    }
    for (Field field : entity.fields()) {
      if (field.type() == FieldType.ENUM && !field.enumValues().isEmpty()) {
        rows.add(new EntityRuleDescription("enum-code", List.of(field.wireName()), enumMessage(field)));
      }
    }
    if (!dateTimes.isEmpty()) {
      rows.add(new EntityRuleDescription("date-time", dateTimes, BuiltInMessages.NOT_A_DATE_TIME));
    }
    for (EntityRule rule : rules) {
      rows.add(new EntityRuleDescription(rule.id(), List.of(), "(a rule of your own)"));
    }
    return rows;
  }

  /** Whether a record must hold {@code field}: enforced, and sent for this operation (decision 0011). */
  private boolean requires(Field field) {
    return field.enforcedAsRequired() && (operation == Operation.CREATE || !field.createOnly());
  }

  /** {@code Booking was successfully updated.}, as the server words a success. */
  public String successMessage() {
    return entity.recordName() + " was successfully " + (operation == Operation.UPDATE ? "updated." : "created.");
  }

  /** {@code must be one of: 1 (Daily), 2 (Weekly), …}. */
  public static String enumMessage(Field field) {
    StringBuilder message = new StringBuilder("must be one of: ");
    for (int i = 0; i < field.enumValues().size(); i++) {
      message.append(i == 0 ? "" : ", ").append(field.enumValues().get(i));
    }
    return message.toString();
  }

  private static boolean isEmpty(Object value) {
    return value instanceof String text && text.isBlank()
        || value instanceof Long id && id == 0L
        || value instanceof Integer elements && elements == 0;
  }

  /** The errors of one validation, each with its place in the documented order. */
  private final class Errors {
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<String> readFailed = new HashSet<>();
    private final int readErrorCount;

    Errors(List<ValidationError> readErrors) {
      errors.addAll(readErrors);
      readErrorCount = readErrors.size();
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

    EntityRuleContext context(Operation operation) {
      return new EntityRuleContext() {
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
      List<ValidationError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.comparingInt(this::place));
      return sorted;
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
    return "EntityValidator[" + entity.name() + ", " + operation + ", " + rules.size() + " rules of your own]";
  }
}
