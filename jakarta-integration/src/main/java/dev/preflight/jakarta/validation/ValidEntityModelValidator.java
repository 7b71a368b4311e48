package dev.preflight.jakarta.validation;

import dev.preflight.Validators;
import dev.preflight.catalogue.Entity;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.model.EntityModel;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link ValidEntity} on a generated model ({@code Booking}): the model's record, {@link
 * EntityModel#toRecord()}, goes to its entity's validator from the application's {@link
 * Validators} registry bean, exactly as {@link ValidEntityValidator} validates the same record read
 * from JSON; adds no rule of its own.
 */
public class ValidEntityModelValidator implements ConstraintValidator<ValidEntity, EntityModel> {
  private @Nullable ValidEntity constraint;
  private @Nullable Validator validator;
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);

  @Override
  public void initialize(ValidEntity constraint) {
    this.constraint = constraint;
  }

  @Override
  public boolean isValid(@Nullable EntityModel model, ConstraintValidatorContext context) {
    if (model == null) {
      return true;
    }
    ValidEntity named = constraint;
    if (named == null) {
      throw new IllegalStateException("ValidEntityModelValidator used before initialize");
    }
    Entity entity = model.modelType().entity();
    if (!named.value().isEmpty() && !named.value().equalsIgnoreCase(entity.name())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(ResponseViolations.literal("must be a record of "
          + named.value() + ", not of " + entity.name())).addConstraintViolation();
      return false;
    }
    Validator checked = validator(entity, named);
    ValidationResponse verdict = checked.validate(model.toRecord());
    telemetry.get().validated(entity.name(), checked.operation(), verdict, ClientTelemetry.Origin.LOCAL);
    return ResponseViolations.report(verdict, context);
  }

  /** The entity's validator: the same model class is validated again and again, so the one found is kept. */
  private Validator validator(Entity entity, ValidEntity named) {
    Validator found = validator;
    if (found == null || !found.entity().name().equals(entity.name())) {
      found = ApplicationBeans.orElse(Validators.class, Validators::standard).validator(entity.name(), named.operation());
      validator = found;
    }
    return found;
  }
}
