package dev.preflight.entity;

import java.util.List;
import java.util.Objects;

/**
 * One row of an entity's rule catalogue, as {@code ./preflight rules --entity bookings} prints it:
 * a rule id, the fields it reports on with this message, and the exact message.
 */
public record EntityRuleDescription(String ruleId, List<String> propertyNames, String message) {

  public EntityRuleDescription {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(message, "message == null");
    propertyNames = List.copyOf(propertyNames);
  }
}
