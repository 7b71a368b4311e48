package dev.preflight.jakarta.validation;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.emailaccount.EmailAccountValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Delegates {@link ValidEmailAccount} to the application's {@link EmailAccountValidator} bean (the
 * standard validator without CDI); adds no rule of its own.
 */
public class ValidEmailAccountValidator implements ConstraintValidator<ValidEmailAccount, EmailAccount> {
  private EmailAccountValidator validator = EmailAccountValidator.standard();

  @Override
  public void initialize(ValidEmailAccount constraint) {
    validator = ApplicationBeans.orElse(EmailAccountValidator.class, EmailAccountValidator::standard)
        .forOperation(constraint.operation());
  }

  @Override
  public boolean isValid(@Nullable EmailAccount account, ConstraintValidatorContext context) {
    return account == null || ResponseViolations.report(validator.validate(account), context);
  }
}
