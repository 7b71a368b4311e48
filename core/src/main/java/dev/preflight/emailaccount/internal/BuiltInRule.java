package dev.preflight.emailaccount.internal;

import static dev.preflight.emailaccount.Property.BUSINESS_ID;
import static dev.preflight.emailaccount.Property.DELETE_MESSAGE_SETTINGS;
import static dev.preflight.emailaccount.Property.DISPLAY_NAME;
import static dev.preflight.emailaccount.Property.EMAIL_ADDRESS;
import static dev.preflight.emailaccount.Property.ERROR_COUNT;
import static dev.preflight.emailaccount.Property.ID;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_PORT;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_SSL;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_TYPE;
import static dev.preflight.emailaccount.Property.INCOMING_SERVER_USERNAME;
import static dev.preflight.emailaccount.Property.LAST_CHECK_TIME;
import static dev.preflight.emailaccount.Property.LAST_MESSAGE_ID;
import static dev.preflight.emailaccount.Property.NOTIFICATION_EMAIL_ADDRESS;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_PORT;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_SSL;
import static dev.preflight.emailaccount.Property.OUTGOING_SERVER_USERNAME;

import dev.preflight.emailaccount.JsonType;
import dev.preflight.emailaccount.Property;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.RuleDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of built-in rules, and the only list of them: one row per rule with its id, the
 * properties it reports on (for every operation, and for UPDATE only), and the messages it can
 * report on a property. Rows are in the order of the contract's table (docs/rules.md), which
 * decides the one failure a property reports; each row's check is the static {@code check} of its
 * rule's class, run in this order by {@link BuiltInChecks}.
 *
 * <p>A validator compiles this table once ({@link ValidationPlan}). Tests fail when a row is not run
 * by {@link BuiltInChecks} or its reach is not what the unrolled {@link StandardChecks} implements
 * (decision 0009).
 */
public enum BuiltInRule {
  REQUIRED("required",
      EnumSet.of(BUSINESS_ID, DISPLAY_NAME, EMAIL_ADDRESS, INCOMING_SERVER, INCOMING_SERVER_TYPE,
          INCOMING_SERVER_PORT, INCOMING_SERVER_USERNAME, DELETE_MESSAGE_SETTINGS, OUTGOING_SERVER,
          OUTGOING_SERVER_PORT, OUTGOING_SERVER_USERNAME, LAST_MESSAGE_ID, ERROR_COUNT),
      EnumSet.of(ID),
      property -> List.of(RequiredRule.MESSAGE)),
  POSITIVE_ID("positive-id", EnumSet.of(ID, BUSINESS_ID), Set.of(), property -> List.of(PositiveIdRule.MESSAGE)),
  NON_NEGATIVE("non-negative", EnumSet.of(LAST_MESSAGE_ID, ERROR_COUNT), Set.of(),
      property -> List.of(NonNegativeRule.MESSAGE)),
  PORT_RANGE("port-range", EnumSet.of(INCOMING_SERVER_PORT, OUTGOING_SERVER_PORT), Set.of(),
      property -> List.of(PortRangeRule.MESSAGE)),
  ENUM_CODE("enum-code", EnumSet.of(INCOMING_SERVER_TYPE, DELETE_MESSAGE_SETTINGS), Set.of(),
      property -> List.of(property == INCOMING_SERVER_TYPE
          ? EnumCodeRule.SERVER_TYPE_MESSAGE : EnumCodeRule.DELETION_POLICY_MESSAGE)),
  NO_CONTROL_CHARACTERS("no-control-characters", ofType(JsonType.STRING), Set.of(),
      property -> List.of(NoControlCharactersRule.MESSAGE)),
  MAX_LENGTH("max-length", union(Formats.EMAILS, Formats.HOSTS), Set.of(),
      property -> List.of(Formats.isHost(property) ? MaxLengthRule.HOST_MESSAGE : MaxLengthRule.EMAIL_MESSAGE)),
  EMAIL_FORMAT("email-format", Formats.EMAILS, Set.of(), property -> List.of(EmailFormatRule.MESSAGE)),
  HOST_NAME("host-name", Formats.HOSTS, Set.of(), property -> List.of(HostNameRule.MESSAGE)),
  DATE_TIME("date-time", EnumSet.of(LAST_CHECK_TIME), Set.of(), property -> List.of(DateTimeRule.MESSAGE)),
  NOTIFICATION_ADDRESS("notification-address", EnumSet.of(NOTIFICATION_EMAIL_ADDRESS), Set.of(),
      property -> List.of(NotificationAddressRule.MESSAGE)),
  SSL_PORT_COHERENCE("ssl-port-coherence", EnumSet.of(INCOMING_SERVER_SSL, OUTGOING_SERVER_SSL), Set.of(),
      property -> property == INCOMING_SERVER_SSL
          ? List.of(SslPortCoherenceRule.IMAPS_MESSAGE, SslPortCoherenceRule.IMAP_MESSAGE)
          : List.of(SslPortCoherenceRule.SMTPS_MESSAGE));

  /** Every built-in rule, in catalogue order. */
  public static final List<BuiltInRule> ALL = List.of(values());

  private final String id;
  private final Set<Property> always;
  private final Set<Property> onUpdateOnly;
  private final Function<Property, List<String>> messages;

  BuiltInRule(String id, Set<Property> always, Set<Property> onUpdateOnly, Function<Property, List<String>> messages) {
    this.id = id;
    this.always = Set.copyOf(always);
    this.onUpdateOnly = Set.copyOf(onUpdateOnly);
    this.messages = messages;
  }

  /** The stable rule id, e.g. {@code port-range}. */
  public String id() {
    return id;
  }

  /** Whether this rule reports on {@code property} when validating for {@code operation}. */
  public boolean appliesTo(Property property, Operation operation) {
    return always.contains(property) || operation == Operation.UPDATE && onUpdateOnly.contains(property);
  }

  /** This rule's bit in a mask of rules: its place in the catalogue. */
  public int bit() {
    return 1 << ordinal();
  }

  /** Every message this rule can report on {@code property}, for the catalogue. */
  List<String> messages(Property property) {
    return messages.apply(property);
  }

  /** Catalogue rows for the given properties: one row per distinct message, in property order. */
  public List<RuleDescription> describe(List<Property> properties) {
    Map<String, List<String>> byMessage = new LinkedHashMap<>();
    for (Property property : properties) {
      for (String message : messages(property)) {
        byMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(property.wireName());
      }
    }
    List<RuleDescription> rows = new ArrayList<>();
    byMessage.forEach((message, props) -> rows.add(new RuleDescription(id, props, message)));
    return rows;
  }

  private static Set<Property> ofType(JsonType type) {
    return Arrays.stream(Property.values()).filter(p -> p.jsonType() == type).collect(Collectors.toSet());
  }

  private static Set<Property> union(Set<Property> first, Set<Property> second) {
    EnumSet<Property> both = EnumSet.noneOf(Property.class);
    both.addAll(first);
    both.addAll(second);
    return both;
  }
}
