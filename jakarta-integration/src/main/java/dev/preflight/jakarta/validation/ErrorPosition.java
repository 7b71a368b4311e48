package dev.preflight.jakarta.validation;

import dev.preflight.validation.ValidationError;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * A core error and its place in the contract's order, carried on a violation as Hibernate
 * Validator's dynamic payload, so that a violation set (which has no order) converts back to the
 * exact envelope. Without Hibernate Validator nothing is attached and the converter falls back to
 * property order.
 */
record ErrorPosition(int index, ValidationError error) {
  private static final boolean HIBERNATE_VALIDATOR = isPresent();

  static void attach(ConstraintValidatorContext context, ErrorPosition position) {
    if (HIBERNATE_VALIDATOR) {
      try {
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(position);
      } catch (RuntimeException notHibernate) {
        // Another provider: the converter orders by property instead.
      }
    }
  }

  static @Nullable ErrorPosition of(ConstraintViolation<?> violation) {
    if (HIBERNATE_VALIDATOR) {
      try {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(ErrorPosition.class);
      } catch (RuntimeException notHibernate) {
        return null;
      }
    }
    return null;
  }

  private static boolean isPresent() {
    try {
      Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
          ErrorPosition.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
