package dev.preflight.emailaccount.internal;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.RuleDescription;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.spi.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The engine behind a validator: its rules compiled once for one operation (decision 0009).
 *
 * <p>The built-in rules become one bit mask per property (the catalogue's {@code appliesTo} is
 * never consulted again); the standard masks run on the unrolled {@link StandardChecks}, any other
 * on {@link BuiltInChecks}. User rules run after them through an {@link ErrorCollector}. Immutable
 * and thread-safe.
 */
public final class ValidationPlan {
  private static final Property[] PROPERTIES = Property.values();

  private final Operation operation;
  private final List<PlannedRule> rules;
  /** For each property ordinal, the built-in rules that check it, as a mask of their bits. */
  private final int[] builtInsByProperty;
  /** Whether the masks are exactly the standard ones, which have an unrolled fast path. */
  private final boolean standardBuiltIns;
  /** On that path, whether Id is required (UPDATE) or not (CREATE). */
  private final boolean requireId;
  private final Rule[] userRules;
  /** For each user rule, a bit per property ordinal it was removed from. */
  private final int[] userRulesRemovedFrom;

  private ValidationPlan(Operation operation, List<PlannedRule> rules) {
    this.operation = operation;
    this.rules = List.copyOf(rules);
    this.builtInsByProperty = new int[PROPERTIES.length];
    for (Property property : PROPERTIES) {
      for (PlannedRule rule : this.rules) {
        BuiltInRule builtIn = rule.builtIn();
        if (builtIn != null && rule.checks(property, operation)) {
          builtInsByProperty[property.ordinal()] |= builtIn.bit();
        }
      }
    }
    this.standardBuiltIns = StandardChecks.implement(builtInsByProperty);
    this.requireId = StandardChecks.requiresId(builtInsByProperty);
    List<PlannedRule> users = this.rules.stream().filter(rule -> rule.userRule() != null).toList();
    this.userRules = users.stream().map(PlannedRule::userRule).toArray(Rule[]::new);
    this.userRulesRemovedFrom = users.stream().mapToInt(PlannedRule::removedBits).toArray();
  }

  /** {@code rules} (built-in and user rules, in order) compiled for {@code operation}. */
  public static ValidationPlan compile(Operation operation, List<PlannedRule> rules) {
    return new ValidationPlan(operation, rules);
  }

  /** What this plan validates for. */
  public Operation operation() {
    return operation;
  }

  /** The same rules compiled for {@code operation}. */
  public ValidationPlan forOperation(Operation operation) {
    return operation == this.operation ? this : new ValidationPlan(operation, rules);
  }

  /**
   * The errors in {@code account}, with {@code readErrors} (found while reading it) kept and their
   * properties not checked again, in the contract's order; null or empty when there are none. User
   * rules see the account as a record of {@code entity}.
   */
  public @Nullable List<ValidationError> errors(EmailAccount account, List<ValidationError> readErrors,
      Supplier<Entity> entity) {
    if (standardBuiltIns && readErrors.isEmpty() && userRules.length == 0) {
      return StandardChecks.errors(account, requireId);
    }
    List<ValidationError> errors = new ArrayList<>(readErrors);
    int closedProperties = 0;
    for (ValidationError error : readErrors) {
      Property property = Property.fromWireName(error.propertyName());
      if (property != null) {
        closedProperties |= 1 << property.ordinal();
      }
    }
    if (standardBuiltIns && readErrors.isEmpty()) {
      List<ValidationError> builtIn = StandardChecks.errors(account, requireId);
      if (builtIn != null) {
        errors.addAll(builtIn);
      }
    } else {
      addBuiltInErrors(account, errors, closedProperties);
    }
    if (userRules.length > 0 || !readErrors.isEmpty()) {
      runUserRules(account, entity, errors, closedProperties);
      errors.sort(ErrorCollector.CONTRACT_ORDER);
    }
    return errors;
  }

  /** The built-in rules in force, property by property, skipping properties closed by reading errors. */
  private void addBuiltInErrors(EmailAccount account, List<ValidationError> errors, int closedProperties) {
    for (int i = 0; i < PROPERTIES.length; i++) {
      int enabled = builtInsByProperty[i];
      if (enabled == 0 || (closedProperties & (1 << i)) != 0) {
        continue;
      }
      Property property = PROPERTIES[i];
      Object value = property.valueIn(account);
      String message = BuiltInChecks.firstFailure(enabled, property, value, account);
      if (message != null) {
        errors.add(new ValidationError(property.wireName(), value, message));
      }
    }
  }

  private void runUserRules(EmailAccount account, Supplier<Entity> entity, List<ValidationError> errors,
      int closedProperties) {
    if (userRules.length == 0) {
      return;
    }
    EntityRecord record = account.toRecord(entity.get());
    ErrorCollector collector = new ErrorCollector(operation, errors, closedProperties);
    for (int r = 0; r < userRules.length; r++) {
      Rule rule = userRules[r];
      collector.nextRule(userRulesRemovedFrom[r]);
      try {
        rule.validate(record, collector);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "rule '" + rule.id() + "' broke its contract by throwing " + e.getClass().getName(), e);
      }
    }
  }

  /** The rules in force, as catalogue rows: built-in rules in catalogue order, then user rules. */
  public List<RuleDescription> descriptions() {
    List<RuleDescription> rows = new ArrayList<>();
    for (PlannedRule rule : rules) {
      BuiltInRule builtIn = rule.builtIn();
      Rule userRule = rule.userRule();
      if (builtIn != null) {
        List<Property> checked = new ArrayList<>();
        for (Property property : PROPERTIES) {
          if (rule.checks(property, operation)) {
            checked.add(property);
          }
        }
        rows.addAll(builtIn.describe(checked));
      } else if (userRule != null) {
        rows.addAll(userRule.descriptions());
      }
    }
    return List.copyOf(rows);
  }

  /** The ids of the rules in force, in order, each once. */
  public List<String> ruleIds() {
    return rules.stream().map(PlannedRule::id).distinct().toList();
  }
}
