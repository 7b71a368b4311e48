package dev.preflight.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of one body: a whole record, or the errors that kept it from being one. The
 * record is an {@code EntityRecord} of any entity, or the typed view of a specialisation such as
 * {@code EmailAccount}.
 *
 * <p>Readers report what they could not turn into a record with {@link InputErrors} and hand the
 * rest over here. A record with reading errors (a value of the wrong type, a duplicate…) is never
 * handed out as if it were whole: {@link #record()} is then empty, and {@link #validate} reports the
 * reading errors together with the validator's, each property with a reading error keeping that
 * error only.
 *
 * @param <R> the record type
 */
public final class ReadResult<R> {
  private final @Nullable R partial;
  private final List<ValidationError> errors;

  private ReadResult(@Nullable R partial, List<ValidationError> errors) {
    this.partial = partial;
    this.errors = List.copyOf(errors);
  }

  /**
   * A record read with {@code readErrors} (none for a whole record), in the order found.
   *
   * @throws IllegalArgumentException if an error is about the body as a whole ({@code $}): such an
   *     error stands alone, as {@link #bodyError}
   */
  public static <R> ReadResult<R> of(R record, List<ValidationError> readErrors) {
    Objects.requireNonNull(record, "record == null");
    for (ValidationError error : readErrors) {
      if (error.propertyName().equals(InputErrors.BODY)) {
        throw new IllegalArgumentException("an error about the whole body stands alone: use ReadResult.bodyError");
      }
    }
    return new ReadResult<>(record, readErrors);
  }

  /** The body as a whole could not be read ({@link InputErrors#notJson} and the like): this one {@code $} error stands alone. */
  public static <R> ReadResult<R> bodyError(ValidationError error) {
    return new ReadResult<>(null, List.of(error));
  }

  /** The record, when it was read without any error. */
  public Optional<R> record() {
    return errors.isEmpty() ? Optional.ofNullable(partial) : Optional.empty();
  }

  /** The reading errors (not validation errors), in the order found. */
  public List<ValidationError> errors() {
    return errors;
  }

  /** Whether the body as a whole could not be read (not JSON, not an object, too large, too deep). */
  public boolean isBodyError() {
    return partial == null;
  }

  /**
   * The envelope the server would answer: the body error alone, or {@code validation} of the record
   * with the reading errors ({@code validator::validate}).
   */
  public ValidationResponse validate(BiFunction<? super R, List<ValidationError>, ValidationResponse> validation) {
    if (partial == null) {
      return ValidationResponse.failure(errors);
    }
    return validation.apply(partial, errors);
  }

  /**
   * The same reading in another form of the record ({@code account -> account.toRecord()}): the
   * record, whole or partial, converted; the errors kept.
   */
  public <T> ReadResult<T> map(Function<? super R, ? extends T> conversion) {
    Objects.requireNonNull(conversion, "conversion == null");
    return new ReadResult<>(partial == null ? null : conversion.apply(partial), errors);
  }

  @Override
  public String toString() {
    return "ReadResult[record=" + partial + ", errors=" + errors + "]";
  }
}
