package dev.preflight.emailaccount.validation;

import dev.preflight.emailaccount.EmailAccount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of one body: a whole record, or the errors that kept it from being one.
 *
 * <p>Readers (the JSON-B reader of preflight-jakarta, or your own) report what they could not turn
 * into a record with {@link InputErrors} and hand the rest over here. A record with reading errors
 * (a value of the wrong type, a duplicate…) is never handed out as if it were whole: {@link
 * #account()} is then empty, and {@link #validate} reports the reading errors together with the
 * validator's, in the contract's order, each property with a reading error keeping that error only.
 */
public final class ReadResult {
  private final @Nullable EmailAccount partial;
  private final List<ValidationError> errors;

  private ReadResult(@Nullable EmailAccount partial, List<ValidationError> errors) {
    this.partial = partial;
    this.errors = List.copyOf(errors);
  }

  /**
   * A record read with {@code readErrors} (none for a whole record), in the order found.
   *
   * @throws IllegalArgumentException if an error is about the body as a whole ({@code $}): such an
   *     error stands alone, as {@link #bodyError}
   */
  public static ReadResult of(EmailAccount account, List<ValidationError> readErrors) {
    Objects.requireNonNull(account, "account == null");
    for (ValidationError error : readErrors) {
      if (error.propertyName().equals(InputErrors.BODY)) {
        throw new IllegalArgumentException("an error about the whole body stands alone: use ReadResult.bodyError");
      }
    }
    return new ReadResult(account, readErrors);
  }

  /** The body as a whole could not be read ({@link InputErrors#notJson} and the like): this one {@code $} error stands alone. */
  public static ReadResult bodyError(ValidationError error) {
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
