package dev.preflight.emailaccount.jakarta.validation;

import dev.preflight.emailaccount.jakarta.internal.ApplicationBeans;
import dev.preflight.entity.EntityRecord;
import dev.preflight.entity.EntityValidator;
import dev.preflight.entity.EntityValidators;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Delegates {@link ValidEntity} to the named entity's validator from the application's {@link
 * EntityValidators} bean (the standard ones without CDI); adds no rule of its own. An entity name
 * the catalogue does not hold fails at initialisation, naming it.
 */
public class ValidEntityValidator implements ConstraintValidator<ValidEntity, EntityRecord> {
  private @Nullable EntityValidator validator;

  @Override
  public void initialize(ValidEntity constraint) {
    validator = ApplicationBeans.orElse(EntityValidators.class, EntityValidators::standard)
        .validator(constraint.value(), constraint.operation());
  }

  @Override
  public boolean isValid(@Nullable EntityRecord record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    EntityValidator checked = validator;
    if (checked == null) {
      throw new IllegalStateException("ValidEntityValidator used before initialize");
    }
    if (!record.entity().equals(checked.entity())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(ResponseViolations.literal("must be a record of "
          + checked.entity().name() + ", not of " + record.entity().name())).addConstraintViolation();
      return false;
    }
    return ResponseViolations.report(checked.validate(record), context);
  }
}
