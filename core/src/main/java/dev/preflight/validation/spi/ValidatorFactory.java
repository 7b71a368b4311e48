package dev.preflight.validation.spi;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Claims entities in the registry of validators ({@code dev.preflight.Validators}): asked in
 * order, the first factory that answers a validator for an entity is the one every door uses for
 * it. EmailAccount's hand-tuned validator claims {@code emailaccounts} this way; the catalogue's
 * engine answers for every entity no factory claims.
 */
public interface ValidatorFactory {
  /**
   * The validator of {@code entity} for {@code operation}, running {@code rules} (those that apply
   * to the entity, in registration order) after its own; or null when this factory does not claim
   * the entity.
   */
  @Nullable Validator create(Entity entity, Operation operation, List<Rule> rules);
}
