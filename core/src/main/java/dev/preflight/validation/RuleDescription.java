package dev.preflight.validation;

import java.util.List;
import java.util.Objects;

/**
 * One row of a rule catalogue: a rule id, the properties it reports on with this message (wire
 * names, in the entity's documented order), and the exact message.
 */
public record RuleDescription(String ruleId, List<String> propertyNames, String message) {

  public RuleDescription {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(message, "message == null");
    propertyNames = List.copyOf(propertyNames);
  }
}
