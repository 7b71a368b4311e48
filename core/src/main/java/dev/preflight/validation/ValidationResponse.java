package dev.preflight.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Nexudus response envelope: {@code Message}, {@code Value}, {@code Errors}, {@code
 * WasSuccessful}, in that order on the wire.
 *
 * <p>The offline validator and the server's answers produce this same type, so callers handle both
 * with the same code. Built only by its factories, which hold every envelope to these rules:
 *
 * <ul>
 *   <li>a success has no errors; a failure has no {@code Value} and a message that is not blank;
 *   <li>a failure the validator finds ({@link #failure(List)}) has at least one error, and its
 *       message is the first error's summary ({@code PropertyName: Message});
 *   <li>a failure the server words itself ({@link #rejection}) keeps the server's message, and may
 *       have no error at all ({@code "This email account is in use."}, {@code "Errors": null}).
 * </ul>
 *
 * <p>{@code errors} is never {@code null}: it is empty where the wire says {@code "Errors": null}.
 * Errors are in the contract's order (documented property order, then unknown properties as
 * reported).
 */
public final class ValidationResponse {
  private final String message;
  private final @Nullable RecordId value;
  private final List<ValidationError> errors;
  private final boolean wasSuccessful;

  private ValidationResponse(
      String message, @Nullable RecordId value, List<ValidationError> errors, boolean wasSuccessful) {
    this.message = Objects.requireNonNull(message, "message == null");
    this.value = value;
    this.errors = List.copyOf(errors);
    this.wasSuccessful = wasSuccessful;
  }

  /**
   * A success in its producer's words: a server's answer, or a tool that says what it did ({@code
   * "EmailAccount is valid for update; nothing was sent."}); {@code value} may be null (a record
   * without an Id that was not created).
   */
  public static ValidationResponse success(String message, @Nullable RecordId value) {
    return new ValidationResponse(message, value, List.of(), true);
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
    // A summary is never blank: it holds ": ".
    return new ValidationResponse(errors.get(0).summary(), null, errors, false);
  }

  /** A failure with a single error (the form used for a body that cannot be read at all). */
  public static ValidationResponse failure(ValidationError error) {
    return failure(List.of(error));
  }

  /**
   * A failure as the server worded it: its own {@code message} and its {@code errors}, which may be
   * empty when the server reports no property ({@code "This email account is in use."}).
   *
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public static ValidationResponse rejection(String message, List<ValidationError> errors) {
    if (Objects.requireNonNull(message, "message == null").isBlank()) {
      throw new IllegalArgumentException("a failure's message is never blank");
    }
    return new ValidationResponse(message, null, errors, false);
  }

  /** {@code Message}: the summary of the first error, or the success (or server's) message. */
  public String message() {
    return message;
  }

  /** {@code Value}: the record's Id on success, null on failure. */
  public @Nullable RecordId value() {
    return value;
  }

  /** {@code Errors}: empty on success. */
  public List<ValidationError> errors() {
    return errors;
  }

  /** {@code WasSuccessful}. */
  public boolean wasSuccessful() {
    return wasSuccessful;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationResponse that
        && wasSuccessful == that.wasSuccessful
        && message.equals(that.message)
        && Objects.equals(value, that.value)
        && errors.equals(that.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, value, errors, wasSuccessful);
  }

  @Override
  public String toString() {
    return "ValidationResponse[message=" + message + ", value=" + value + ", errors=" + errors
        + ", wasSuccessful=" + wasSuccessful + "]";
  }
}
