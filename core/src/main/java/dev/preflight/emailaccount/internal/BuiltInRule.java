package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the contract's table. Built-in rules answer per property with the message of their
 * first failure, so the engine can keep at most one built-in error per property without
 * allocating anything for a valid record.
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

  /**
   * The message if {@code property}, whose value in {@code account} is {@code value}, breaks this
   * rule; {@code null} if it does not. Never throws, never allocates for a passing value.
   */
  public abstract @Nullable String failure(Property property, @Nullable Object value, EmailAccount account);

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
