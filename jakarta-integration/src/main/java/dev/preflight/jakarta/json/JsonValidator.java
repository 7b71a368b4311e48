package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON door of one entity and operation: reads bodies as the server would and validates
 * them with the registry's validator, so the command line, the body readers, the client and the
 * simulator answer a body with the same envelope. A validator that is EmailAccount's hand-tuned one
 * reads with {@link RecordReader#emailAccounts} (its typed fast path); any other with {@link
 * RecordReader#of}. Immutable and thread-safe; made by {@link JsonValidators}.
 */
public final class JsonValidator {
  private final Validator validator;
  private final @Nullable EmailAccountValidator flagship;
  private final @Nullable RecordReader<EmailAccount> accounts;
  private final @Nullable RecordReader<EntityRecord> records;

  private JsonValidator(Validator validator, JsonLimits limits, boolean strict) {
    this.validator = validator;
    if (validator instanceof EmailAccountValidator typed) {
      this.flagship = typed;
      this.accounts = RecordReader.emailAccounts(limits, strict);
      this.records = null;
    } else {
      this.flagship = null;
      this.accounts = null;
      this.records = RecordReader.of(validator.entity(), limits, strict);
    }
  }

  /**
   * The door of {@code validator} reading with {@code limits}; prefer {@link JsonValidators}, which
   * takes the validator from the registry. For a tool that holds the one validator it needs (the
   * command line's EmailAccount path, which so never loads the catalogue).
   */
  public static JsonValidator of(Validator validator, JsonLimits limits, boolean strict) {
    return new JsonValidator(Objects.requireNonNull(validator, "validator == null"),
        Objects.requireNonNull(limits, "limits == null"), strict);
  }

  public Validator validator() {
    return validator;
  }

  public Entity entity() {
    return validator.entity();
  }

  /** Whether it reports unknown members (a typed view reads as its door does). */
  boolean strict() {
    return records != null ? records.strict() : accounts.strict();
  }

  public JsonLimits limits() {
    return accounts != null ? accounts.limits() : Objects.requireNonNull(records).limits();
  }

  /** Reads and validates one body of UTF-8 bytes. */
  public ValidationResponse validate(byte[] json) {
    return accounts != null ? accounts.read(json).validate(Objects.requireNonNull(flagship)::validate)
        : Objects.requireNonNull(records).read(json).validate(validator::validate);
  }

  /** Reads and validates one body from a stream, reading at most one byte more than the size limit. */
  public ValidationResponse validate(InputStream in) throws IOException {
    return accounts != null ? accounts.read(in).validate(Objects.requireNonNull(flagship)::validate)
        : Objects.requireNonNull(records).read(in).validate(validator::validate);
  }

  /** Validates each element of a top-level JSON array, in order; false when a problem ended the array early. */
  public boolean validateArray(InputStream in, Consumer<ValidationResponse> each) throws IOException {
    if (accounts != null) {
      EmailAccountValidator typed = Objects.requireNonNull(flagship);
      return accounts.readArray(in, result -> each.accept(result.validate(typed::validate)));
    }
    return Objects.requireNonNull(records).readArray(in, result -> each.accept(result.validate(validator::validate)));
  }

  /** Reads one body of UTF-8 bytes as a record of the entity, its reading errors kept. */
  public ReadResult<EntityRecord> read(byte[] json) {
    return accounts != null ? asRecord(accounts.read(json)) : Objects.requireNonNull(records).read(json);
  }

  /** Reads one body from a string (held to the size limit in UTF-8 bytes) as a record of the entity. */
  public ReadResult<EntityRecord> read(String json) {
    return accounts != null ? asRecord(accounts.read(json)) : Objects.requireNonNull(records).read(json);
  }

  /** Reads one body from a stream as a record of the entity, its reading errors kept. */
  public ReadResult<EntityRecord> read(InputStream in) throws IOException {
    return accounts != null ? asRecord(accounts.read(in)) : Objects.requireNonNull(records).read(in);
  }

  /** Validates what {@link #read} made of a body: the body error alone, or the record with its reading errors. */
  public ValidationResponse validate(ReadResult<EntityRecord> read) {
    return read.validate(validator::validate);
  }

  private ReadResult<EntityRecord> asRecord(ReadResult<EmailAccount> read) {
    return read.map(account -> account.toRecord(entity()));
  }

  @Override
  public String toString() {
    return "JsonValidator[" + validator + ", " + limits() + "]";
  }
}
