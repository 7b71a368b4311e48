package dev.preflight.emailaccount.jakarta.validation;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.jakarta.internal.ApplicationBeans;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.ValidationError;
import dev.preflight.emailaccount.validation.ValidationResponse;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
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
    if (account == null) {
      return true;
    }
    ValidationResponse response = validator.validate(account);
    if (response.wasSuccessful()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    List<ValidationError> errors = response.errors();
    for (int i = 0; i < errors.size(); i++) {
      ValidationError error = errors.get(i);
      ErrorPosition.attach(context, new ErrorPosition(i, error));
      context.buildConstraintViolationWithTemplate(literal(error.message()))
          .addPropertyNode(error.propertyName())
          .addConstraintViolation();
    }
    return false;
  }

  /** {@code message} as a template that interpolates to itself: {@code { } $ \} escaped. */
  static String literal(String message) {
    StringBuilder template = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        template.append('\\');
      }
      template.append(c);
    }
    return template.toString();
  }
}
