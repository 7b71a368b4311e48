package dev.preflight.emailaccount.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.ValidationError;
import dev.preflight.emailaccount.validation.ValidationResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of one JSON body: a whole record, or the errors that kept it from being one.
 *
 * <p>A record with reading errors (a value of the wrong type, a duplicate…) is never handed out as
 * if it were whole: {@link #account()} is then empty, and {@link #validate} reports the reading
 * errors together with the validator's, in the contract's order.
 */
public final class ReadResult {
  private final @Nullable EmailAccount partial;
  private final List<ValidationError> errors;

  private ReadResult(@Nullable EmailAccount partial, List<ValidationError> errors) {
    this.partial = partial;
    this.errors = List.copyOf(errors);
  }

  static ReadResult of(EmailAccount partial, List<ValidationError> errors) {
    return new ReadResult(partial, errors);
  }

  /** The body as a whole could not be read: this one {@code $} error stands alone. */
  static ReadResult bodyError(ValidationError error) {
    return new ReadResult(null, List.of(error));
  }

  /** The record, when it was read without any error. */
  public Optional<EmailAccount> account() {
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
   * The envelope the server would answer: the body error alone, or the reading errors merged with
   * {@code validator}'s in the contract's order.
   */
  public ValidationResponse validate(EmailAccountValidator validator) {
    if (partial == null) {
      return ValidationResponse.failure(errors);
    }
    return validator.validate(partial, errors);
  }

  @Override
  public String toString() {
    return "ReadResult[account=" + partial + ", errors=" + errors + "]";
  }
}
