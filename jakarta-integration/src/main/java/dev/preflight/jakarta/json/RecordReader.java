package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Entity;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.validation.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads records of one entity from JSON as docs/rules.md ("Reading errors") says: bounded size,
 * depth and string length; member names matched as the server matches them; duplicates, wrong JSON
 * types and (in strict mode) unknown members reported in the server's words; unknown members kept
 * by name. Never throws for bad input, never presents a partial record as whole. Bytes are read
 * straight from UTF-8 when the record is well-formed and as expected; anything else, and text, goes
 * through the JSON-P streaming parser, which reports every problem (decision 0018).
 *
 * <p>{@link #of} reads any catalogue entity as {@link EntityRecord}s; {@link #emailAccounts} reads
 * the flagship as typed {@link EmailAccount}s (its fast path). Most code wants neither directly:
 * {@link JsonValidator} reads and validates in one step.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> what a record is read as
 */
public final class RecordReader<R> {
  private final String name;
  private final boolean strict;
  private final BodyReader<ReadResult<R>> bodies;

  private RecordReader(String name, ObjectBinder<ReadResult<R>> binder, boolean strict) {
    this.name = name;
    this.strict = strict;
    this.bodies = new BodyReader<>(binder);
  }

  /** A reader of {@code entity} with the contract's defaults: 1 MiB, depth 32, strings of 65536 characters, unknown members ignored. */
  public static RecordReader<EntityRecord> standard(Entity entity) {
    return of(entity, JsonLimits.DEFAULTS, false);
  }

  /** A reader of {@code entity}; in strict mode, each unknown member is reported as {@code is not a known field}. */
  public static RecordReader<EntityRecord> of(Entity entity, JsonLimits limits, boolean strict) {
    Objects.requireNonNull(entity, "entity == null");
    Objects.requireNonNull(limits, "limits == null");
    return new RecordReader<>(entity.name(), new RecordBinder(entity, limits, strict), strict);
  }

  /** A reader of {@code type}'s models ({@code Booking.TYPE}) with the contract's defaults. */
  public static <M extends EntityModel> RecordReader<M> standard(ModelType<M> type) {
    return of(type, JsonLimits.DEFAULTS, false);
  }

  /**
   * A reader of {@code type}'s models: the entity's record, read as {@link #of(Entity, JsonLimits,
   * boolean)} reads it (the same errors), with the elements of its collections (docs/models.md).
   */
  public static <M extends EntityModel> RecordReader<M> of(ModelType<M> type, JsonLimits limits, boolean strict) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(limits, "limits == null");
    return new RecordReader<>(type.entity().name(), new ModelBinder<>(type, limits, strict), strict);
  }

  /** A reader of typed EmailAccounts with the contract's defaults. */
  public static RecordReader<EmailAccount> emailAccounts() {
    return emailAccounts(JsonLimits.DEFAULTS, false);
  }

  /** A reader of typed EmailAccounts; in strict mode, each unknown member is reported as {@code is not a known field}. */
  public static RecordReader<EmailAccount> emailAccounts(JsonLimits limits, boolean strict) {
    Objects.requireNonNull(limits, "limits == null");
    return new RecordReader<>(EmailAccount.ENTITY_NAME, new EmailAccountBinder(limits, strict), strict);
  }

  /** The object binder, for the JSON-B adapter, which reads objects from its own parser. */
  ObjectBinder<ReadResult<R>> binder() {
    return bodies.binder();
  }

  public JsonLimits limits() {
    return bodies.binder().limits();
  }

  public boolean strict() {
    return strict;
  }

  /** Reads one record from UTF-8 bytes (a UTF-8 byte order mark is skipped). */
  public ReadResult<R> read(byte[] json) {
    return bodies.read(json);
  }

  /**
   * Reads one record from a string, held to the size limit in the bytes its UTF-8 encoding would
   * take (a leading U+FEFF is skipped, as a byte order mark is in bytes).
   */
  public ReadResult<R> read(String json) {
    return bodies.read(json);
  }

  /**
   * Reads one record from a stream, reading at most one byte more than the size limit.
   *
   * @throws IOException only when the stream itself fails
   */
  public ReadResult<R> read(InputStream in) throws IOException {
    return bodies.read(in);
  }

  /**
   * Reads a JSON array of records from a stream, one element at a time, handing each result to
   * {@code each} in order, in memory bounded by one element. Each element is held to the size
   * limit as a body is; an element too large, nested too deeply or not an object gets its own
   * result and the next one is read. A body that is not an array gives a single {@code $} result.
   * A syntax error or malformed UTF-8, a single value longer than twice the limit, or nesting
   * deeper than the parser itself follows ends the reading, with one last result. The first problem
   * in the stream is the one reported, so the same bytes always give the same results.
   *
   * @return whether the array was read to its end; false when a problem ended the reading before
   *     it, so that later elements were not read
   * @throws IOException only when the stream itself fails
   */
  public boolean readArray(InputStream in, Consumer<ReadResult<R>> each) throws IOException {
    return bodies.readArray(in, each);
  }

  @Override
  public String toString() {
    return "RecordReader[" + name + ", " + limits() + ", strict=" + strict + "]";
  }
}
