package dev.preflight.cli;

import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.jakarta.json.EntityJsonReader;
import dev.preflight.emailaccount.jakarta.json.JsonLimits;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.ValidationResponse;
import dev.preflight.entity.Entity;
import dev.preflight.entity.EntityValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads and validates the records of one entity: the flagship EmailAccount reader and validator,
 * or the catalogue's for any other entity. Thread-safe, as {@link BatchRun}'s workers share it.
 */
interface RecordChecker {
  /** {@code EmailAccount}, {@code Booking}: how a success names the record. */
  String recordName();

  Operation operation();

  /** The largest body a record may be, in bytes. */
  long maxBytes();

  ValidationResponse check(byte[] json);

  ValidationResponse check(InputStream in) throws IOException;

  /** Checks each element of a top-level array; false when an error ended the array early. */
  boolean checkArray(InputStream in, Consumer<ValidationResponse> each) throws IOException;

  static RecordChecker emailAccounts(boolean strict, Operation operation) {
    EmailAccountJsonReader reader = EmailAccountJsonReader.of(JsonLimits.DEFAULTS, strict);
    EmailAccountValidator validator = EmailAccountValidator.standard().forOperation(operation);
    return new RecordChecker() {
      @Override
      public String recordName() {
        return "EmailAccount";
      }

      @Override
      public Operation operation() {
        return operation;
      }

      @Override
      public long maxBytes() {
        return reader.limits().maxBytes();
      }

      @Override
      public ValidationResponse check(byte[] json) {
        return reader.read(json).validate(validator);
      }

      @Override
      public ValidationResponse check(InputStream in) throws IOException {
        return reader.read(in).validate(validator);
      }

      @Override
      public boolean checkArray(InputStream in, Consumer<ValidationResponse> each) throws IOException {
        return reader.readArray(in, result -> each.accept(result.validate(validator)));
      }
    };
  }

  static RecordChecker entity(Entity entity, boolean strict, Operation operation) {
    EntityJsonReader reader = EntityJsonReader.of(entity, JsonLimits.DEFAULTS, strict);
    EntityValidator validator = EntityValidator.standard(entity).forOperation(operation);
    return new RecordChecker() {
      @Override
      public String recordName() {
        return entity.recordName();
      }

      @Override
      public Operation operation() {
        return operation;
      }

      @Override
      public long maxBytes() {
        return reader.limits().maxBytes();
      }

      @Override
      public ValidationResponse check(byte[] json) {
        return reader.read(json).validate(validator);
      }

      @Override
      public ValidationResponse check(InputStream in) throws IOException {
        return reader.read(in).validate(validator);
      }

      @Override
      public boolean checkArray(InputStream in, Consumer<ValidationResponse> each) throws IOException {
        return reader.readArray(in, result -> each.accept(result.validate(validator)));
      }
    };
  }
}
