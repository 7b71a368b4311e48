package dev.preflight.jakarta.json;

import dev.preflight.Validators;
import dev.preflight.catalogue.Operation;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON doors of every entity: the registry's validators with one set of reading limits and
 * strictness. What a container holds once and hands to every body reader, constraint and client.
 * Immutable and thread-safe.
 */
public final class JsonValidators {
  private static final JsonValidators STANDARD = of(Validators.standard(), JsonLimits.DEFAULTS, false);

  private final Validators validators;
  private final JsonLimits limits;
  private final boolean strict;
  private final Map<String, JsonValidator> built = new ConcurrentHashMap<>();

  private JsonValidators(Validators validators, JsonLimits limits, boolean strict) {
    this.validators = validators;
    this.limits = limits;
    this.strict = strict;
  }

  /** The standard registry, the contract's limits, unknown members ignored. */
  public static JsonValidators standard() {
    return STANDARD;
  }

  /** {@code validators} reading with {@code limits}; in strict mode an unknown member is {@code is not a known field}. */
  public static JsonValidators of(Validators validators, JsonLimits limits, boolean strict) {
    return new JsonValidators(Objects.requireNonNull(validators, "validators == null"),
        Objects.requireNonNull(limits, "limits == null"), strict);
  }

  public Validators validators() {
    return validators;
  }

  public JsonLimits limits() {
    return limits;
  }

  public boolean strict() {
    return strict;
  }

  /**
   * The JSON door of the entity so named ({@code bookings}, any case) for {@code operation}.
   *
   * @throws IllegalArgumentException if the catalogue has no such entity
   */
  public JsonValidator validator(String entityName, Operation operation) {
    Objects.requireNonNull(operation, "operation == null");
    String name = validators.entity(entityName).name();
    return built.computeIfAbsent(name + '/' + operation.name(),
        key -> JsonValidator.of(validators.validator(name, operation), limits, strict));
  }

  @Override
  public String toString() {
    return "JsonValidators[" + validators + ", " + limits + ", strict=" + strict + "]";
  }
}
