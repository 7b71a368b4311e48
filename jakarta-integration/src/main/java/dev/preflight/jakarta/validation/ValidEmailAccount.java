package dev.preflight.jakarta.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.preflight.catalogue.Operation;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code EmailAccount} must pass the Preflight validator: the application's CDI
 * {@code EmailAccountValidator} when there is one, else the standard one. Each error becomes a
 * violation whose property node is the wire name ({@code DisplayName}) and whose message is the
 * core message ({@code is a required field}).
 *
 * <pre>{@code
 * @PUT
 * public Response update(@Valid @ValidEmailAccount EmailAccount account) { ... }
 * }</pre>
 *
 * A {@code null} value is valid, as Bean Validation asks; add {@code @NotNull} to refuse it.
 */
@Documented
@Constraint(validatedBy = ValidEmailAccountValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidEmailAccount {
  String message() default "is not a valid EmailAccount";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** What the record is validated for: UPDATE (Id required, the default) or CREATE. */
  Operation operation() default Operation.UPDATE;
}
