package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;

import dev.preflight.validation.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads EmailAccount records from JSON as docs/rules.md ("Reading errors") says, with the JSON-P
 * streaming parser: bounded size, depth and string length; property names matched as the server
 * matches them; duplicates, wrong types and (in strict mode) unknown properties reported in the
 * server's words. Never throws for bad input, never presents a partial record as whole.
 *
 * <p>{@link BodyReader} decodes bodies and holds them to their limits, as it does for every
 * entity ({@link EntityJsonReader}); {@link RecordBinder} binds one object to an EmailAccount.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmailAccountJsonReader {
  private final boolean strict;
  private final BodyReader<ReadResult<EmailAccount>> bodies;

  private EmailAccountJsonReader(JsonLimits limits, boolean strict) {
    this.strict = strict;
    this.bodies = new BodyReader<>(new RecordBinder(limits, strict));
  }

  /** The record binder, for the JSON-B adapter, which reads objects from its own parser. */
  ObjectBinder<ReadResult<EmailAccount>> binder() {
    return bodies.binder();
  }

  /** The contract's defaults: 1 MiB, depth 32, strings of 65536 characters, unknown properties ignored. */
  public static EmailAccountJsonReader standard() {
    return new EmailAccountJsonReader(JsonLimits.DEFAULTS, false);
  }

  /**
   * A reader with other limits; in strict mode, each unknown property is reported as {@code is not
   * a known field} under the name as sent.
   */
  public static EmailAccountJsonReader of(JsonLimits limits, boolean strict) {
    return new EmailAccountJsonReader(Objects.requireNonNull(limits, "limits == null"), strict);
  }

  public JsonLimits limits() {
    return bodies.binder().limits();
  }

  public boolean strict() {
    return strict;
  }

  /** Reads one record from UTF-8 bytes (a UTF-8 byte order mark is skipped). */
  public ReadResult<EmailAccount> read(byte[] json) {
    return bodies.read(json);
  }

  /**
   * Reads one record from a string, held to the size limit in the bytes its UTF-8 encoding would
   * take (a leading U+FEFF is skipped, as a byte order mark is in bytes).
   */
  public ReadResult<EmailAccount> read(String json) {
    return bodies.read(json);
  }

  /**
   * Reads one record from a stream, reading at most one byte more than the size limit.
   *
   * @throws IOException only when the stream itself fails
   */
  public ReadResult<EmailAccount> read(InputStream in) throws IOException {
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
  public boolean readArray(InputStream in, Consumer<ReadResult<EmailAccount>> each) throws IOException {
    return bodies.readArray(in, each);
  }

  @Override
  public String toString() {
    return "EmailAccountJsonReader[" + limits() + ", strict=" + strict + "]";
  }
}
