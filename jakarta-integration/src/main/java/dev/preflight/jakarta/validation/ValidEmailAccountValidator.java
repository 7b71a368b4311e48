package dev.preflight.jakarta.validation;

import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
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
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);

  @Override
  public void initialize(ValidEmailAccount constraint) {
    validator = ApplicationBeans.orElse(EmailAccountValidator.class, EmailAccountValidator::standard)
        .forOperation(constraint.operation());
  }

  @Override
  public boolean isValid(@Nullable EmailAccount account, ConstraintValidatorContext context) {
    if (account == null) {
      return true;
    }
    ValidationResponse verdict = validator.validate(account);
    telemetry.get().validated(EmailAccount.ENTITY_NAME, validator.operation(), verdict, ClientTelemetry.Origin.LOCAL);
    return ResponseViolations.report(verdict, context);
  }
}
