package dev.preflight.emailaccount.validation;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.internal.BuiltInChecks;
import dev.preflight.emailaccount.internal.BuiltInRule;
import dev.preflight.emailaccount.internal.ErrorCollector;
import dev.preflight.emailaccount.internal.StandardChecks;
import dev.preflight.emailaccount.validation.spi.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
  private static final Property[] PROPERTIES = Property.values();
  private static final EmailAccountValidator STANDARD = builder().build();

  private final Operation operation;
  private final List<RuleEntry> entries;
  /** For each property ordinal, the built-in rules that check it, as a mask of their bits. */
  private final int[] builtInsByProperty;
  /** Whether the built-in rules are exactly the standard ones, which have an unrolled fast path. */
  private final boolean standardBuiltIns;
  private final Rule[] userRules;
  /** For each user rule, a bit per property ordinal it was removed from. */
  private final int[] userRulesRemovedFrom;

  private EmailAccountValidator(Operation operation, List<RuleEntry> entries) {
    this.operation = operation;
    this.entries = List.copyOf(entries);
    this.builtInsByProperty = new int[PROPERTIES.length];
    for (Property property : PROPERTIES) {
      for (RuleEntry entry : this.entries) {
        if (entry.builtIn != null && entry.checks(property, operation)) {
          builtInsByProperty[property.ordinal()] |= entry.builtIn.bit();
        }
      }
    }
    this.standardBuiltIns = StandardChecks.implement(builtInsByProperty);
    List<RuleEntry> users = entries.stream().filter(e -> e.userRule != null).toList();
    this.userRules = users.stream().map(e -> e.userRule).toArray(Rule[]::new);
    this.userRulesRemovedFrom = users.stream().mapToInt(e -> bits(e.removedFrom)).toArray();
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
    return operation;
  }

  /** A validator with the same rules that validates for {@code operation}. */
  public EmailAccountValidator forOperation(Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    return operation == this.operation ? this : new EmailAccountValidator(operation, entries);
  }

  /** Validates {@code account}; never throws for any content of the record. */
  public ValidationResponse validate(EmailAccount account) {
    return validate(account, List.of());
  }

  /**
   * Validates {@code account} read from input that already had {@code readErrors} (such as a JSON
   * value of the wrong type). A property with a reading error keeps that error only; all errors
   * come back in the contract's order.
   */
  public ValidationResponse validate(EmailAccount account, List<ValidationError> readErrors) {
    Objects.requireNonNull(account, "account == null");
    Objects.requireNonNull(readErrors, "readErrors == null");
    List<ValidationError> errors = null;
    int closedProperties = 0;
    if (!readErrors.isEmpty()) {
      errors = new ArrayList<>(readErrors);
      for (ValidationError error : readErrors) {
        Property property = error.property();
        if (property != null) {
          closedProperties |= 1 << property.ordinal();
        }
      }
    }
    if (standardBuiltIns && readErrors.isEmpty()) {
      errors = StandardChecks.errors(account);
    } else {
      errors = builtInErrors(account, errors, closedProperties);
    }
    if (userRules.length > 0 || !readErrors.isEmpty()) {
      if (errors == null) {
        errors = new ArrayList<>();
      }
      runUserRules(account, errors, closedProperties);
      errors.sort(ErrorCollector.CONTRACT_ORDER);
    }
    if (errors == null || errors.isEmpty()) {
      Long id = account.id();
      return ValidationResponse.success(operation, id == null ? 0 : id);
    }
    return ValidationResponse.failure(errors);
  }

  /** The built-in rules in force, property by property, skipping properties closed by reading errors. */
  private @Nullable List<ValidationError> builtInErrors(
      EmailAccount account, @Nullable List<ValidationError> errors, int closedProperties) {
    for (int i = 0; i < PROPERTIES.length; i++) {
      int enabled = builtInsByProperty[i];
      if (enabled == 0 || (closedProperties & (1 << i)) != 0) {
        continue;
      }
      Property property = PROPERTIES[i];
      Object value = property.valueIn(account);
      String message = BuiltInChecks.firstFailure(enabled, property, value, account);
      if (message != null) {
        if (errors == null) {
          errors = new ArrayList<>();
        }
        errors.add(ValidationError.of(property, value, message));
      }
    }
    return errors;
  }

  private void runUserRules(EmailAccount account, List<ValidationError> errors, int closedProperties) {
    ErrorCollector collector = new ErrorCollector(account, operation, errors, closedProperties);
    for (int r = 0; r < userRules.length; r++) {
      Rule rule = userRules[r];
      collector.nextRule(userRulesRemovedFrom[r]);
      try {
        rule.validate(account, collector);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "rule '" + rule.id() + "' broke its contract by throwing " + e.getClass().getName(), e);
      }
    }
  }

  /** The rules in force, as catalogue rows: built-in rules in catalogue order, then user rules. */
  public List<RuleDescription> descriptions() {
    List<RuleDescription> rows = new ArrayList<>();
    for (RuleEntry entry : entries) {
      if (entry.builtIn != null) {
        List<Property> checked = new ArrayList<>();
        for (Property property : PROPERTIES) {
          if (entry.checks(property, operation)) {
            checked.add(property);
          }
        }
        rows.addAll(entry.builtIn.describe(checked));
      } else if (entry.userRule != null) {
        rows.addAll(entry.userRule.descriptions());
      }
    }
    return List.copyOf(rows);
  }

  /** The ids of the rules in force, in order, each once. */
  public List<String> ruleIds() {
    return entries.stream().map(RuleEntry::id).distinct().toList();
  }

  @Override
  public String toString() {
    return "EmailAccountValidator[operation=" + operation + ", rules=" + ruleIds() + "]";
  }

  private static int bits(Set<Property> properties) {
    int bits = 0;
    for (Property property : properties) {
      bits |= 1 << property.ordinal();
    }
    return bits;
  }

  /** A built-in or user rule with the properties it was removed from. */
  private static final class RuleEntry {
    final @Nullable BuiltInRule builtIn;
    final @Nullable Rule userRule;
    final EnumSet<Property> removedFrom = EnumSet.noneOf(Property.class);

    RuleEntry(@Nullable BuiltInRule builtIn, @Nullable Rule userRule) {
      this.builtIn = builtIn;
      this.userRule = userRule;
    }

    RuleEntry copy() {
      RuleEntry copy = new RuleEntry(builtIn, userRule);
      copy.removedFrom.addAll(removedFrom);
      return copy;
    }

    String id() {
      return builtIn != null ? builtIn.id() : Objects.requireNonNull(userRule).id();
    }

    boolean checks(Property property, Operation operation) {
      return builtIn != null && builtIn.appliesTo(property, operation) && !removedFrom.contains(property);
    }
  }

  /**
   * Configures a validator. Starts with every built-in rule and {@link Operation#UPDATE}; calls
   * apply in order, so removing a rule and then adding one with the same id replaces it. Not
   * thread-safe.
   */
  public static final class Builder {
    private Operation operation = Operation.UPDATE;
    private final List<RuleEntry> entries = new ArrayList<>();

    private Builder() {
      for (BuiltInRule rule : BuiltInRule.ALL) {
        entries.add(new RuleEntry(rule, null));
      }
    }

    /** Validate for this operation (default {@link Operation#UPDATE}). */
    public Builder operation(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
      return this;
    }

    /** Adds a rule after the rules already present. */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule == null");
      Objects.requireNonNull(rule.id(), "rule.id() == null");
      entries.add(new RuleEntry(null, rule));
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
      if (!entries.removeIf(entry -> entry.id().equals(id))) {
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
      for (int i = 0; i < entries.size(); i++) {
        RuleEntry entry = entries.get(i);
        if (entry.id().equals(id)) {
          RuleEntry narrowed = entry.copy();
          narrowed.removedFrom.add(property);
          entries.set(i, narrowed);
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
      return new EmailAccountValidator(operation, entries);
    }

    private IllegalArgumentException unknownRule(String id) {
      List<String> known = entries.stream().map(RuleEntry::id).distinct().toList();
      return new IllegalArgumentException("no rule with id '" + id + "'; the rules present are " + known);
    }
  }
}
