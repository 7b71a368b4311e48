package dev.preflight.cli;

import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.validation.ValidationResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads and validates the records of one entity through its one JSON door, and knows how a success
 * names the record. Thread-safe, as {@link BatchRun}'s workers share it.
 */
record RecordChecker(JsonValidator door, String recordName, Operation operation) {

  /** The largest body a record may be, in bytes. */
  long maxBytes() {
    return door.limits().maxBytes();
  }

  ValidationResponse check(byte[] json) {
    return door.validate(json);
  }

  ValidationResponse check(InputStream in) throws IOException {
    return door.validate(in);
  }

  /** Checks each element of a top-level array; false when an error ended the array early. */
  boolean checkArray(InputStream in, Consumer<ValidationResponse> each) throws IOException {
    return door.validateArray(in, each);
  }
}
