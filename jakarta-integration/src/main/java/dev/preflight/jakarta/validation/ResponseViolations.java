package dev.preflight.jakarta.validation;

import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * A core answer as constraint violations: one per error, its property node the wire name, its
 * message the core message, its place in the contract's order attached ({@link ErrorPosition}).
 * What {@link ValidEmailAccountValidator} and {@link ValidEntityValidator} share.
 */
final class ResponseViolations {
  private ResponseViolations() {}

  /** Whether {@code response} is a success; if not, its errors are reported to {@code context}. */
  static boolean report(ValidationResponse response, ConstraintValidatorContext context) {
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
