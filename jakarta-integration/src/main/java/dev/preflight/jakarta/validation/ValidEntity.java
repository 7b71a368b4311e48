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
 * The annotated {@code EntityRecord} (or generated model, such as {@code Booking}) must be a
 * record of the named catalogue entity that passes
 * its validator: the application's CDI {@code JsonValidators} when there is one, else the
 * standard ones (EmailAccounts get the flagship's validator from either). Errors become violations as for {@link ValidEmailAccount}. On a JAX-RS resource
 * parameter it also tells {@code EntityBodyProvider} which entity the body is.
 *
 * <pre>{@code
 * @PUT
 * public Response update(@Valid @ValidEntity("bookings") EntityRecord booking) { ... }
 *
 * @POST
 * public Response create(@Valid @ValidEntity(operation = Operation.CREATE) Booking booking) { ... }
 * }</pre>
 *
 * A {@code null} value is valid, as Bean Validation asks; add {@code @NotNull} to refuse it.
 */
@Documented
@Constraint(validatedBy = {ValidEntityValidator.class, ValidEntityModelValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidEntity {
  /**
   * The entity's catalogue name, as {@code ./preflight entities} lists it ({@code bookings});
   * on a generated model ({@code Booking}) it may be left out: the model names its entity.
   */
  String value() default "";

  /** What the record is validated for: UPDATE (Id required, the default) or CREATE. */
  Operation operation() default Operation.UPDATE;

  String message() default "is not a valid record";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
