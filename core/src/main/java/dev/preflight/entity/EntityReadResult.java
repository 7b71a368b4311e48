package dev.preflight.entity;

import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ValidationError;
import dev.preflight.emailaccount.validation.ValidationResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of one body of a catalogue entity: a whole record, or the errors that kept it
 * from being one. The counterpart of EmailAccount's {@code ReadResult}, with the same rules: a
 * record with reading errors is never handed out as whole, a {@code $} error stands alone.
 */
public final class EntityReadResult {
  private final @Nullable EntityRecord partial;
  private final List<ValidationError> errors;

  private EntityReadResult(@Nullable EntityRecord partial, List<ValidationError> errors) {
    this.partial = partial;
    this.errors = List.copyOf(errors);
  }

  /**
   * A record read with {@code readErrors} (none for a whole record), in the order found.
   *
   * @throws IllegalArgumentException if an error is about the body as a whole ({@code $})
   */
  public static EntityReadResult of(EntityRecord record, List<ValidationError> readErrors) {
    Objects.requireNonNull(record, "record == null");
    for (ValidationError error : readErrors) {
      if (error.propertyName().equals(InputErrors.BODY)) {
        throw new IllegalArgumentException("an error about the whole body stands alone: use bodyError");
      }
    }
    return new EntityReadResult(record, readErrors);
  }

  /** The body as a whole could not be read: this one {@code $} error stands alone. */
  public static EntityReadResult bodyError(ValidationError error) {
    return new EntityReadResult(null, List.of(error));
  }

  /** The record, when it was read without any error. */
  public Optional<EntityRecord> record() {
    return errors.isEmpty() ? Optional.ofNullable(partial) : Optional.empty();
  }

  /** The reading errors, in the order found. */
  public List<ValidationError> errors() {
    return errors;
  }

  /** Whether the body as a whole could not be read. */
  public boolean isBodyError() {
    return partial == null;
  }

  /** The envelope the server would answer: the body error alone, or reading and rule errors merged. */
  public ValidationResponse validate(EntityValidator validator) {
    if (partial == null) {
      return ValidationResponse.failure(errors);
    }
    return validator.validate(partial, errors);
  }

  @Override
  public String toString() {
    return "EntityReadResult[record=" + partial + ", errors=" + errors + "]";
  }
}
