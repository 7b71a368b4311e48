package dev.preflight.emailaccount.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Nexudus response envelope: {@code Message}, {@code Value}, {@code Errors}, {@code
 * WasSuccessful}, in that order on the wire.
 *
 * <p>The offline validator and the server's answers produce this same type, so callers handle both
 * with the same code. {@code errors} is never {@code null}: it is empty where the wire says {@code
 * "Errors": null}. Errors are in the contract's order (documented property order, then unknown
 * properties as reported).
 */
public record ValidationResponse(
    String message, @Nullable RecordId value, List<ValidationError> errors, boolean wasSuccessful) {

  public ValidationResponse {
    Objects.requireNonNull(message, "message == null");
    errors = List.copyOf(errors);
  }

  /** A successful answer: the operation's message, {@code Value: {"Id": id}} and no errors. */
  public static ValidationResponse success(Operation operation, long id) {
    return new ValidationResponse(operation.successMessage(), new RecordId(id), List.of(), true);
  }

  /**
   * A validation failure: {@code Message} is the summary of the first error ({@code PropertyName:
   * Message}), {@code Value} is null.
   *
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public static ValidationResponse failure(List<ValidationError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failure has at least one error");
    }
    return new ValidationResponse(errors.get(0).summary(), null, errors, false);
  }

  /** A failure with a single error (the form used for a body that cannot be read at all). */
  public static ValidationResponse failure(ValidationError error) {
    return failure(List.of(error));
  }
}
