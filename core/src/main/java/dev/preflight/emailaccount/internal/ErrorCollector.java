package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.Property;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.spi.RuleContext;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RuleContext} of one validation: adds user rules' errors to the list, dropping those
 * on properties that already have a reading error or from which the rule was removed.
 */
public final class ErrorCollector implements RuleContext {
  private static final int UNKNOWN_PROPERTY_RANK = Property.values().length;

  /** Documented property order first, then unknown names; stable, so reporting order breaks ties. */
  public static final Comparator<ValidationError> CONTRACT_ORDER = Comparator.comparingInt(ErrorCollector::rank);

  private final Operation operation;
  private final List<ValidationError> errors;
  private final int closedProperties;
  private int ruleRemovedFrom;

  /**
   * @param closedProperties a bit per property ordinal on which nothing more may be reported
   */
  public ErrorCollector(Operation operation, List<ValidationError> errors, int closedProperties) {
    this.operation = operation;
    this.errors = errors;
    this.closedProperties = closedProperties;
  }

  /** Sets the properties the next rule was removed from (a bit per property ordinal). */
  public void nextRule(int removedFrom) {
    this.ruleRemovedFrom = removedFrom;
  }

  @Override
  public Operation operation() {
    return operation;
  }

  @Override
  public void report(String propertyName, @Nullable Object attemptedValue, String message) {
    Objects.requireNonNull(propertyName, "propertyName == null");
    Objects.requireNonNull(message, "message == null");
    Property property = Property.fromWireName(propertyName);
    if (property == null) {
      errors.add(new ValidationError(propertyName, attemptedValue, message));
    } else if (isOpen(property)) {
      errors.add(new ValidationError(property.wireName(), property.redact(attemptedValue), message));
    }
  }

  private boolean isOpen(Property property) {
    return ((closedProperties | ruleRemovedFrom) & (1 << property.ordinal())) == 0;
  }

  private static int rank(ValidationError error) {
    Property property = Property.fromWireName(error.propertyName());
    return property == null ? UNKNOWN_PROPERTY_RANK : property.ordinal();
  }
}
