package dev.preflight.emailaccount.validation;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.internal.PlannedRule;
import dev.preflight.emailaccount.internal.ValidationPlan;
import dev.preflight.emailaccount.validation.spi.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Validates EmailAccount records as the Nexudus server does and answers with its envelope.
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
public final class EmailAccountValidator {
  private static final EmailAccountValidator STANDARD = builder().build();

  private final ValidationPlan plan;

  private EmailAccountValidator(ValidationPlan plan) {
    this.plan = plan;
  }

  /** The validator that mirrors the server: every built-in rule, for {@link Operation#UPDATE}. */
  public static EmailAccountValidator standard() {
    return STANDARD;
  }

  /** A builder starting from every built-in rule and {@link Operation#UPDATE}. */
  public static Builder builder() {
    return new Builder();
  }

  /** What this validator validates for. */
  public Operation operation() {
    return plan.operation();
  }

  /** A validator with the same rules that validates for {@code operation}. */
  public EmailAccountValidator forOperation(Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    ValidationPlan replanned = plan.forOperation(operation);
    return replanned == plan ? this : new EmailAccountValidator(replanned);
  }

  /** Validates {@code account}; never throws for any content of the record. */
  public ValidationResponse validate(EmailAccount account) {
    return validate(account, List.of());
  }

  /** Validates a record read with {@code readErrors}: for {@link ReadResult}, not for users. */
  ValidationResponse validate(EmailAccount account, List<ValidationError> readErrors) {
    Objects.requireNonNull(account, "account == null");
    List<ValidationError> errors = plan.errors(account, readErrors);
    if (errors == null || errors.isEmpty()) {
      Long id = account.id();
      return ValidationResponse.success(plan.operation(), id == null ? 0 : id);
    }
    return ValidationResponse.failure(errors);
  }

  /** The rules in force, as catalogue rows: built-in rules in catalogue order, then user rules. */
  public List<RuleDescription> descriptions() {
    return plan.descriptions();
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
    private Operation operation = Operation.UPDATE;
    private final List<PlannedRule> rules = new ArrayList<>(PlannedRule.builtIns());

    private Builder() {}

    /** Validate for this operation (default {@link Operation#UPDATE}). */
    public Builder operation(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
      return this;
    }

    /** Adds a rule after the rules already present. */
    public Builder addRule(Rule rule) {
      rules.add(PlannedRule.user(rule));
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
     * {@code META-INF/services/dev.preflight.emailaccount.validation.spi.Rule} or a module's
     * {@code provides}). Nothing is discovered unless this is called.
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
      return new EmailAccountValidator(ValidationPlan.compile(operation, rules));
    }

    private IllegalArgumentException unknownRule(String id) {
      List<String> known = rules.stream().map(PlannedRule::id).distinct().toList();
      return new IllegalArgumentException("no rule with id '" + id + "'; the rules present are " + known);
    }
  }
}
