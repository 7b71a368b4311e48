package dev.preflight.jakarta.validation;

import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.Validators;
import dev.preflight.validation.Validator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Delegates {@link ValidEntity} to the named entity's validator from the application's {@link
 * Validators} registry bean (the standard one without CDI), so an EmailAccount record is validated
 * by the flagship's validator as everywhere else; adds no rule of its own. An entity name
 * the catalogue does not hold fails at initialisation, naming it.
 */
public class ValidEntityValidator implements ConstraintValidator<ValidEntity, EntityRecord> {
  private @Nullable Validator validator;
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);

  @Override
  public void initialize(ValidEntity constraint) {
    if (constraint.value().isEmpty()) {
      throw new IllegalArgumentException("@ValidEntity on an EntityRecord names its entity, as in @ValidEntity(\"bookings\")");
    }
    validator = ApplicationBeans.orElse(Validators.class, Validators::standard)
        .validator(constraint.value(), constraint.operation());
  }

  @Override
  public boolean isValid(@Nullable EntityRecord record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Validator checked = validator;
    if (checked == null) {
      throw new IllegalStateException("ValidEntityValidator used before initialize");
    }
    if (!record.entity().equals(checked.entity())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(ResponseViolations.literal("must be a record of "
          + checked.entity().name() + ", not of " + record.entity().name())).addConstraintViolation();
      return false;
    }
    ValidationResponse verdict = checked.validate(record);
    telemetry.get().validated(checked.entity().name(), checked.operation(), verdict, ClientTelemetry.Origin.LOCAL);
    return ResponseViolations.report(verdict, context);
  }
}
