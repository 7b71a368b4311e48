package dev.preflight.validation;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Operation;
import java.util.List;

/**
 * Validates records of one entity for one operation as the Nexudus server does and answers with
 * its envelope. Whichever door a record enters (core, command line, Bean Validation, a body
 * reader, the client, the simulator), it is validated by the validator that the registry {@code
 * dev.preflight.Validators} hands out for its entity, so one record gets one envelope.
 * Implementations are immutable and thread-safe.
 */
public interface Validator {
  /** The entity whose records this validates. */
  Entity entity();

  /** What this validator validates for. */
  Operation operation();

  /** A validator with the same rules that validates for {@code operation}. */
  Validator forOperation(Operation operation);

  /** Validates a whole record; never throws for any content of the record. */
  default ValidationResponse validate(EntityRecord record) {
    return validate(record, List.of());
  }

  /**
   * Validates a record read with {@code readErrors} (found while reading it, in the order found):
   * they are kept, and the properties they name are not checked again. For readers.
   */
  ValidationResponse validate(EntityRecord record, List<ValidationError> readErrors);

  /** The rules in force, as catalogue rows, in the order they report. */
  List<RuleDescription> descriptions();
}
