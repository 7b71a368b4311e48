package dev.preflight;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.Operation;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.internal.CatalogueValidator;
import dev.preflight.validation.Validator;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one registry of validators: every door (core, the command line, Bean Validation, the body
 * readers, the client, the simulator) asks it for the validator of an entity, so one record gets
 * one envelope whichever way it comes in.
 *
 * <p>Like Retrofit's converter factories, its {@link ValidatorFactory}s are asked in order and the
 * first that claims an entity answers: yours first, then EmailAccount's hand-tuned validator
 * ({@code emailaccounts}), then the catalogue's engine, which answers for every other entity. Each
 * validator runs the entity's built-in rules, then the {@link Rule}s of your own that apply to the
 * entity, in registration order.
 *
 * <pre>{@code
 * Validators validators = Validators.standard();
 * ValidationResponse response = validators.validator("bookings", Operation.CREATE).validate(record);
 * }</pre>
 *
 * <p>Immutable and thread-safe; validators are built once per entity and operation, on first use.
 */
public final class Validators {
  private static final Validators STANDARD = builder().build();

  private final EntityCatalogue catalogue;
  private final List<ValidatorFactory> factories;
  private final List<Rule> rules;
  private final Map<String, Validator> built = new ConcurrentHashMap<>();

  private Validators(Builder builder) {
    this.catalogue = builder.catalogue;
    List<ValidatorFactory> all = new ArrayList<>(builder.factories);
    all.add(EmailAccountValidator.FACTORY);
    all.add(CatalogueValidator.FACTORY);
    this.factories = List.copyOf(all);
    this.rules = List.copyOf(builder.rules);
  }

  /** The standard catalogue's entities with their built-in rules only. */
  public static Validators standard() {
    return STANDARD;
  }

  /** A builder starting from the standard catalogue, the built-in validators and no rule of your own. */
  public static Builder builder() {
    return new Builder();
  }

  /** The catalogue whose entities this registry validates. */
  public EntityCatalogue catalogue() {
    return catalogue;
  }

  /** The rules of your own, in registration order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The validator of the entity so named ({@code bookings}, any case) for {@code operation}.
   *
   * @throws IllegalArgumentException if the catalogue has no such entity
   */
  public Validator validator(String entityName, Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    Entity entity = entity(entityName);
    return built.computeIfAbsent(entity.name() + '/' + operation.name(), key -> build(entity, operation));
  }

  /**
   * The entity so named, any case.
   *
   * @throws IllegalArgumentException if the catalogue has none, with the names it might have meant
   */
  public Entity entity(String entityName) {
    Objects.requireNonNull(entityName, "entityName == null");
    return catalogue.entity(entityName).orElseThrow(() -> new IllegalArgumentException(unknownEntity(entityName)));
  }

  private String unknownEntity(String name) {
    Optional<Entity> meant = catalogue.likelyMeant(name);
    if (meant.isPresent()) {
      return "no entity named '" + name + "'; did you mean '" + meant.get().name() + "'? (./preflight entities lists them)";
    }
    return "no entity named '" + name + "' in the catalogue of " + catalogue.entities().size()
        + " entities (./preflight entities lists them)";
  }

  private Validator build(Entity entity, Operation operation) {
    List<Rule> applying = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.appliesTo(entity.name())) {
        applying.add(rule);
      }
    }
    for (ValidatorFactory factory : factories) {
      Validator validator = factory.create(entity, operation, applying);
      if (validator != null) {
        return validator;
      }
    }
    throw new IllegalStateException("no validator claimed " + entity.name());
  }

  @Override
  public String toString() {
    return "Validators[" + catalogue + ", " + factories.size() + " factories, " + rules.size() + " rules of your own]";
  }

  /** Configures a registry. Not thread-safe. */
  public static final class Builder {
    private EntityCatalogue catalogue = EntityCatalogue.standard();
    private final List<ValidatorFactory> factories = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /** Validate the entities of this catalogue (default: the one Preflight ships). */
    public Builder catalogue(EntityCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue == null");
      return this;
    }

    /** Asks {@code factory} before the built-in validators (and after factories added before it). */
    public Builder addFactory(ValidatorFactory factory) {
      factories.add(Objects.requireNonNull(factory, "factory == null"));
      return this;
    }

    /** Adds a rule of your own after the rules already present; it joins the entities it applies to. */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule == null");
      Objects.requireNonNull(rule.id(), "rule.id() == null");
      rules.add(rule);
      return this;
    }

    /** Adds each rule, in iteration order. */
    public Builder addRules(Iterable<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules == null");
      for (Rule rule : rules) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds every {@link Rule} that {@link ServiceLoader} finds through {@code classLoader} (in
     * {@code META-INF/services/dev.preflight.validation.spi.Rule} or a module's {@code provides}).
     * Nothing is discovered unless this is called.
     */
    public Builder loadRules(ClassLoader classLoader) {
      Objects.requireNonNull(classLoader, "classLoader == null");
      return addRules(ServiceLoader.load(Rule.class, classLoader));
    }

    public Validators build() {
      return new Validators(this);
    }
  }
}
