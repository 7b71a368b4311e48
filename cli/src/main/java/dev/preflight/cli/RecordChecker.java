package dev.preflight.cli;

import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads and validates the records of one entity through its one JSON door, and gives the command
 * line's verdict: a rejection is the door's envelope as it is; a success says what happened (the
 * record is valid, nothing was sent: {@code EmailAccount is valid for update; nothing was sent.})
 * instead of the server's "was successfully updated", and holds an Id only when the record has one.
 * The one place that wording is decided (docs/command-line.md). Thread-safe, as {@link
 * BatchRun}'s workers share it.
 */
final class RecordChecker {
  private final JsonValidator door;
  private final String successMessage;

  RecordChecker(JsonValidator door, String recordName, Operation operation) {
    this.door = door;
    this.successMessage = recordName + " is valid for " + operation.name().toLowerCase(Locale.ROOT) + "; nothing was sent.";
  }

  /** The largest body a record may be, in bytes. */
  long maxBytes() {
    return door.limits().maxBytes();
  }

  ValidationResponse check(byte[] json) {
    return verdict(door.validate(json));
  }

  ValidationResponse check(InputStream in) throws IOException {
    return verdict(door.validate(in));
  }

  /** Checks each element of a top-level array; false when an error ended the array early. */
  boolean checkArray(InputStream in, Consumer<ValidationResponse> each) throws IOException {
    return door.validateArray(in, response -> each.accept(verdict(response)));
  }

  private ValidationResponse verdict(ValidationResponse response) {
    if (!response.wasSuccessful()) {
      return response;
    }
    RecordId id = response.value() == null || response.value().id() == 0 ? null : response.value();
    return ValidationResponse.success(successMessage, id);
  }
}
