package dev.preflight.benchmarks;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Class-level Bean Validation constraints for the cross-field rules, as a Hibernate Validator user writes them. */
final class PeerConstraints {
  private PeerConstraints() {}

  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = SslCoherentValidator.class)
  @interface SslCoherent {
    String message() default "SSL does not match the port";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = NotificationAddressValidator.class)
  @interface NotificationAddress {
    String message() default "is required when SendNotificationOnNewMessages is enabled";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class SslCoherentValidator implements ConstraintValidator<SslCoherent, PeerMailbox> {
    @Override
    public boolean isValid(PeerMailbox m, ConstraintValidatorContext context) {
      boolean incomingSsl = Boolean.TRUE.equals(m.incomingServerSSL);
      boolean outgoingSsl = Boolean.TRUE.equals(m.outgoingServerSSL);
      boolean valid = true;
      context.disableDefaultConstraintViolation();
      if (m.incomingServerPort != null && ((m.incomingServerPort == 993 && !incomingSsl) || (m.incomingServerPort == 143 && incomingSsl))) {
        context.buildConstraintViolationWithTemplate("must match IncomingServerPort").addPropertyNode("IncomingServerSSL").addConstraintViolation();
        valid = false;
      }
      if (m.outgoingServerPort != null && m.outgoingServerPort == 465 && !outgoingSsl) {
        context.buildConstraintViolationWithTemplate("must match OutgoingServerPort").addPropertyNode("OutgoingServerSSL").addConstraintViolation();
        valid = false;
      }
      return valid;
    }
  }

  public static final class NotificationAddressValidator implements ConstraintValidator<NotificationAddress, PeerMailbox> {
    @Override
    public boolean isValid(PeerMailbox m, ConstraintValidatorContext context) {
      return !Boolean.TRUE.equals(m.sendNotificationOnNewMessages)
          || (m.notificationEmailAddress != null && !m.notificationEmailAddress.isBlank());
    }
  }
}
