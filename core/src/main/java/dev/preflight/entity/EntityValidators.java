package dev.preflight.entity;

import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.entity.spi.EntityRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validator of every entity of a catalogue, with the same rules of your own for all (each rule
 * joins the entities it {@linkplain EntityRule#appliesTo applies to}): what a container holds once
 * and hands to every body reader and constraint. Immutable and thread-safe.
 */
public final class EntityValidators {
  private final EntityCatalogue catalogue;
  private final List<EntityRule> rules;
  private final Map<String, EntityValidator> byName = new ConcurrentHashMap<>();

  private EntityValidators(EntityCatalogue catalogue, List<EntityRule> rules) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue == null");
    this.rules = List.copyOf(rules);
  }

  /** The standard catalogue's built-in rules. */
  public static EntityValidators standard() {
    return of(EntityCatalogue.standard(), List.of());
  }

  /** {@code catalogue}'s built-in rules followed, in this order, by {@code rules}. */
  public static EntityValidators of(EntityCatalogue catalogue, List<EntityRule> rules) {
    return new EntityValidators(catalogue, rules);
  }

  public EntityCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The validator of the entity so named ({@code bookings}, any case) for {@code operation}.
   *
   * @throws IllegalArgumentException if the catalogue has no such entity
   */
  public EntityValidator validator(String entityName, Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    return byName.computeIfAbsent(entityName, this::build).forOperation(operation);
  }

  /** The entity so named, any case. @throws IllegalArgumentException if the catalogue has none */
  public Entity entity(String entityName) {
    return catalogue.entity(entityName).orElseThrow(() -> new IllegalArgumentException("no entity named '"
        + entityName + "' in the catalogue of " + catalogue.entities().size()
        + " entities (./preflight entities lists them)"));
  }

  private EntityValidator build(String entityName) {
    EntityValidator validator = EntityValidator.standard(entity(entityName));
    for (EntityRule rule : rules) {
      validator = validator.withRule(rule);
    }
    return validator;
  }

  @Override
  public String toString() {
    return "EntityValidators[" + catalogue + ", " + rules.size() + " rules of your own]";
  }
}
