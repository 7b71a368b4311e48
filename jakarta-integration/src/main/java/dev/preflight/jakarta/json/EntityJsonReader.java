package dev.preflight.jakarta.json;

import dev.preflight.catalogue.EntityRecord;

import dev.preflight.catalogue.Entity;
import dev.preflight.validation.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads records of one catalogue entity from JSON with the guarantees {@link
 * EmailAccountJsonReader} gives EmailAccounts (docs/catalogue.md, "Reading"): the same limits,
 * names matched as the server matches them, duplicates, wrong JSON types and (in strict mode)
 * unknown members reported in the server's words, unknown members kept by name. Never throws for
 * bad input, never presents a partial record as whole. Immutable and thread-safe.
 */
public final class EntityJsonReader {
  private final boolean strict;
  private final BodyReader<ReadResult<EntityRecord>> bodies;
  private final Entity entity;

  private EntityJsonReader(Entity entity, JsonLimits limits, boolean strict) {
    this.entity = entity;
    this.strict = strict;
    this.bodies = new BodyReader<>(new EntityRecordBinder(entity, limits, strict));
  }

  /** The contract's defaults: 1 MiB, depth 32, strings of 65536 characters, unknown members ignored. */
  public static EntityJsonReader standard(Entity entity) {
    return of(entity, JsonLimits.DEFAULTS, false);
  }

  /** A reader with other limits; in strict mode, each unknown member is reported as {@code is not a known field}. */
  public static EntityJsonReader of(Entity entity, JsonLimits limits, boolean strict) {
    return new EntityJsonReader(Objects.requireNonNull(entity, "entity == null"),
        Objects.requireNonNull(limits, "limits == null"), strict);
  }

  public Entity entity() {
    return entity;
  }

  public JsonLimits limits() {
    return bodies.binder().limits();
  }

  public boolean strict() {
    return strict;
  }

  /** Reads one record from UTF-8 bytes (a UTF-8 byte order mark is skipped). */
  public ReadResult<EntityRecord> read(byte[] json) {
    return bodies.read(json);
  }

  /** Reads one record from a string, held to the size limit in the bytes of its UTF-8 encoding. */
  public ReadResult<EntityRecord> read(String json) {
    return bodies.read(json);
  }

  /**
   * Reads one record from a stream, reading at most one byte more than the size limit.
   *
   * @throws IOException only when the stream itself fails
   */
  public ReadResult<EntityRecord> read(InputStream in) throws IOException {
    return bodies.read(in);
  }

  /**
   * Reads a JSON array of records from a stream, one element at a time, as {@link
   * EmailAccountJsonReader#readArray} does.
   *
   * @return whether the array was read to its end
   * @throws IOException only when the stream itself fails
   */
  public boolean readArray(InputStream in, Consumer<ReadResult<EntityRecord>> each) throws IOException {
    return bodies.readArray(in, each);
  }

  @Override
  public String toString() {
    return "EntityJsonReader[" + entity.name() + ", " + limits() + ", strict=" + strict + "]";
  }
}
