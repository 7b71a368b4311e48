package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.Property;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.spi.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A rule a validator is built with: built-in or the user's, with the properties it was removed from. Immutable. */
public final class PlannedRule {
  private final @Nullable BuiltInRule builtIn;
  private final @Nullable Rule userRule;
  private final Set<Property> removedFrom;

  private PlannedRule(@Nullable BuiltInRule builtIn, @Nullable Rule userRule, Set<Property> removedFrom) {
    this.builtIn = builtIn;
    this.userRule = userRule;
    this.removedFrom = removedFrom;
  }

  /** Every built-in rule, in catalogue order: where every validator starts. */
  public static List<PlannedRule> builtIns() {
    return BuiltInRule.ALL.stream().map(rule -> new PlannedRule(rule, null, Set.of())).toList();
  }

  /** A user rule, on every property it reports on. */
  public static PlannedRule user(Rule rule) {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(rule.id(), "rule.id() == null");
    return new PlannedRule(null, rule, Set.of());
  }

  /** This rule, no longer reporting on {@code property}. */
  public PlannedRule removedFrom(Property property) {
    EnumSet<Property> removed = EnumSet.of(property);
    removed.addAll(removedFrom);
    return new PlannedRule(builtIn, userRule, Set.copyOf(removed));
  }

  /** The rule's id. */
  public String id() {
    return builtIn != null ? builtIn.id() : Objects.requireNonNull(userRule).id();
  }

  @Nullable BuiltInRule builtIn() {
    return builtIn;
  }

  @Nullable Rule userRule() {
    return userRule;
  }

  /** A bit per property ordinal this rule was removed from. */
  int removedBits() {
    int bits = 0;
    for (Property property : removedFrom) {
      bits |= 1 << property.ordinal();
    }
    return bits;
  }

  /** Whether this is a built-in rule that checks {@code property} for {@code operation}. */
  boolean checks(Property property, Operation operation) {
    return builtIn != null && builtIn.appliesTo(property, operation) && !removedFrom.contains(property);
  }
}
