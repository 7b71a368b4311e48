package dev.preflight.emailaccount;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import dev.preflight.catalogue.WireNames;
import dev.preflight.emailaccount.internal.PlannedRule;
import dev.preflight.emailaccount.internal.ValidationPlan;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.RuleDescription;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;



/**
 * Validates EmailAccount records as the Nexudus server does and answers with its envelope: the
 * flagship's hand-tuned validator, which claims {@code emailaccounts} in the registry ({@link
 * #FACTORY}), so every door validates an EmailAccount with it. It validates the typed {@link
 * EmailAccount} directly and any {@link EntityRecord} of the entity through that typed view.
 *
 * <p>Immutable and thread-safe: build one, share it. {@link #standard()} mirrors the server (every
 * built-in rule, {@link Operation#UPDATE}); {@link #builder()} adds, removes and replaces rules.
 *
 * <pre>{@code
 * ValidationResponse response = EmailAccountValidator.standard().validate(account);
 * if (!response.wasSuccessful()) {
 *   System.out.println(response.message()); // DisplayName: is a required field
 * }
 * }</pre>
 *
 * <p>Errors come in the contract's order: by property in documented order, then properties the
 * documentation does not name, in the order reported; within a property, the built-in error (at
 * most one: the first rule of the catalogue that fails) before user rules' errors in registration
 * order.
 */
public final class EmailAccountValidator implements Validator {
  /** Claims the {@code emailaccounts} entity in the registry, with the rules that apply to it. */
  public static final ValidatorFactory FACTORY = (entity, operation, rules) ->
      WireNames.equalsIgnoreCase(entity.name(), EmailAccountRecords.ENTITY_NAME)
          ? builder().entity(entity).operation(operation).addRules(rules).build() : null;

  private static final EmailAccountValidator STANDARD = builder().build();
  private static final String RECORD_NAME = EmailAccount.RECORD_NAME;

  /** The catalogue entry it answers for; null for the standard one, read only when asked for (so a validation never loads the catalogue). */
  private final @Nullable Entity entity;
  private final ValidationPlan plan;
  private final String successMessage;

  private EmailAccountValidator(@Nullable Entity entity, ValidationPlan plan) {
    this.entity = entity;
    this.plan = plan;
    this.successMessage = plan.operation().successMessage(RECORD_NAME);
  }

  /** The validator that mirrors the server: every built-in rule, for {@link Operation#UPDATE}. */
  public static EmailAccountValidator standard() {
    return STANDARD;
  }

  /** A builder starting from every built-in rule and {@link Operation#UPDATE}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code emailaccounts} entity of the catalogue it was built for. */
  @Override
  public Entity entity() {
    return entity != null ? entity : EmailAccountRecords.standardEntity();
  }

  /** What this validator validates for. */
  @Override
  public Operation operation() {
    return plan.operation();
  }

  /** A validator with the same rules that validates for {@code operation}. */
  @Override
  public EmailAccountValidator forOperation(Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    ValidationPlan replanned = plan.forOperation(operation);
    return replanned == plan ? this : new EmailAccountValidator(entity, replanned);
  }

  /** Validates {@code account}; never throws for any content of the record. */
  public ValidationResponse validate(EmailAccount account) {
    return validate(account, List.of());
  }

  /**
   * Validates a record read with {@code readErrors} (found while reading it): they are kept, and
   * the properties they name are not checked again. For readers.
   */
  public ValidationResponse validate(EmailAccount account, List<ValidationError> readErrors) {
    Objects.requireNonNull(account, "account == null");
    List<ValidationError> errors = plan.errors(account, readErrors, this::entity);
    if (errors == null || errors.isEmpty()) {
      Long id = account.id();
      return ValidationResponse.success(successMessage, new RecordId(id == null ? 0 : id));
    }
    return ValidationResponse.failure(errors);
  }

  /** Validates an EmailAccount record of any door through its typed view ({@link EmailAccount#from}). */
  @Override
  public ValidationResponse validate(EntityRecord record, List<ValidationError> readErrors) {
    Objects.requireNonNull(record, "record == null");
    List<ValidationError> errors = new ArrayList<>(readErrors);
    EmailAccount account = EmailAccountRecords.fromRecord(record, errors);
    return validate(account, errors);
  }

  /** The rules in force, as catalogue rows: built-in rules in catalogue order, then user rules. */
  @Override
  public List<RuleDescription> descriptions() {
    return plan.descriptions();
  }

  /**
   * A factory that claims {@code emailaccounts} in the registry with this validator as configured
   * (its rules, its removals), for any operation: {@code
   * Validators.builder().addFactory(myValidator.asFactory())}.
   */
  public ValidatorFactory asFactory() {
    return (claimed, operation, rules) ->
        WireNames.equalsIgnoreCase(claimed.name(), EmailAccountRecords.ENTITY_NAME) ? forOperation(operation) : null;
  }

  /** The ids of the rules in force, in order, each once. */
  public List<String> ruleIds() {
    return plan.ruleIds();
  }

  @Override
  public String toString() {
    return "EmailAccountValidator[operation=" + operation() + ", rules=" + ruleIds() + "]";
  }

  /**
   * Configures a validator. Starts with every built-in rule and {@link Operation#UPDATE}; calls
   * apply in order, so removing a rule and then adding one with the same id replaces it. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable Entity entity;
    private Operation operation = Operation.UPDATE;
    private final List<PlannedRule> rules = new ArrayList<>(PlannedRule.builtIns());

    private Builder() {}

    /** Validate for this operation (default {@link Operation#UPDATE}). */
    public Builder operation(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
      return this;
    }

    /** The catalogue entry this validator answers for (default: the standard catalogue's {@code emailaccounts}). */
    public Builder entity(Entity entity) {
      this.entity = Objects.requireNonNull(entity, "entity == null");
      return this;
    }

    /** Adds a rule after the rules already present, if it {@linkplain Rule#appliesTo applies to} {@code emailaccounts}. */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule == null");
      if (rule.appliesTo(EmailAccountRecords.ENTITY_NAME)) {
        rules.add(PlannedRule.user(rule));
      }
      return this;
    }

    /** Adds each rule, in iteration order. */
    public Builder addRules(Iterable<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules == null");
      for (Rule rule : rules) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds every {@link Rule} that {@link ServiceLoader} finds through {@code classLoader} (in
     * {@code META-INF/services/dev.preflight.validation.spi.Rule} or a module's {@code provides})
     * that applies to {@code emailaccounts}. Nothing is discovered unless this is called.
     */
    public Builder loadRules(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader == null");
      return addRules(ServiceLoader.load(Rule.class, classLoader));
    }

    /**
     * Removes every rule present with this id, built-in or added.
     *
     * @throws IllegalArgumentException if no rule present has this id
     */
    public Builder removeRule(String id) {
      Objects.requireNonNull(id, "id == null");
      if (!rules.removeIf(rule -> rule.id().equals(id))) {
        throw unknownRule(id);
      }
      return this;
    }

    /**
     * Stops the rules present with this id from reporting on one property, e.g. {@code
     * removeRule("required", Property.INCOMING_SERVER_TYPE)}.
     *
     * @throws IllegalArgumentException if no rule present has this id
     */
    public Builder removeRule(String id, Property property) {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(property, "property == null");
      boolean found = false;
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(id)) {
          rules.set(i, rules.get(i).removedFrom(property));
          found = true;
        }
      }
      if (!found) {
        throw unknownRule(id);
      }
      return this;
    }

    /** A validator with the rules and operation configured so far. */
    public EmailAccountValidator build() {
      return new EmailAccountValidator(entity, ValidationPlan.compile(operation, rules));
    }

    private IllegalArgumentException unknownRule(String id) {
      List<String> known = rules.stream().map(PlannedRule::id).distinct().toList();
      return new IllegalArgumentException("no rule with id '" + id + "'; the rules present are " + known);
    }
  }
}
