package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of the contract's table: its id, the properties it checks and its messages. The checks
 * themselves are static methods run by {@link BuiltInChecks}, in table order, for the rules
 * enabled on each property.
 */
public abstract class BuiltInRule {

  /** Every built-in rule, in the order of the contract's table (which decides the first failure). */
  public static final List<BuiltInRule> ALL =
      List.of(
          new RequiredRule(),
          new PositiveIdRule(),
          new NonNegativeRule(),
          new PortRangeRule(),
          new EnumCodeRule(),
          new NoControlCharactersRule(),
          new MaxLengthRule(),
          new EmailFormatRule(),
          new HostNameRule(),
          new DateTimeRule(),
          new NotificationAddressRule(),
          new SslPortCoherenceRule());

  private final String id;

  BuiltInRule(String id) {
    this.id = id;
  }

  /** The stable rule id, e.g. {@code port-range}. */
  public final String id() {
    return id;
  }

  /** Whether this rule reports on {@code property} when validating for {@code operation}. */
  public abstract boolean appliesTo(Property property, Operation operation);

  /** This rule's bit in a {@link BuiltInChecks} mask: its position in {@link #ALL}. */
  public final int bit() {
    return 1 << ALL.indexOf(this);
  }

  /** The {@link #bit()} of the built-in rule of this class. */
  static int bitOf(Class<? extends BuiltInRule> type) {
    for (BuiltInRule rule : ALL) {
      if (rule.getClass() == type) {
        return rule.bit();
      }
    }
    throw new IllegalArgumentException(type + " is not in BuiltInRule.ALL");
  }

  /** Every message this rule can report on {@code property}, for the catalogue. */
  abstract List<String> messages(Property property);

  /** Catalogue rows for the given properties: one row per distinct message, in property order. */
  public final List<RuleDescription> describe(List<Property> properties) {
    Map<String, List<Property>> byMessage = new LinkedHashMap<>();
    for (Property property : properties) {
      for (String message : messages(property)) {
        byMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(property);
      }
    }
    List<RuleDescription> rows = new ArrayList<>();
    byMessage.forEach((message, props) -> rows.add(new RuleDescription(id, props, message)));
    return rows;
  }
}
