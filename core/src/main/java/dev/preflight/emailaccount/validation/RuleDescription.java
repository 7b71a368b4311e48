package dev.preflight.emailaccount.validation;

import dev.preflight.emailaccount.Property;
import java.util.List;
import java.util.Objects;

/**
 * One row of the rule catalogue: a rule id, the properties it reports on with this message, and
 * the exact message.
 */
public record RuleDescription(String ruleId, List<Property> properties, String message) {

  public RuleDescription {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(message, "message == null");
    properties = List.copyOf(properties);
  }
}
