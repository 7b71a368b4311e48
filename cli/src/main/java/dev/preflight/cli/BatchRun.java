package dev.preflight.cli;

import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.jakarta.json.ReadResult;
import dev.preflight.emailaccount.jakarta.json.ValidationResponseJson;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ValidationResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;

/**
 * Validates records and writes their envelopes, one at a time, counting as it goes. Memory stays
 * bounded by one record whatever the number of records.
 */
final class BatchRun {
  private static final int PEEK_LIMIT = 1 << 16;
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

  private final EmailAccountJsonReader reader;
  private final EmailAccountValidator validator;
  private final Writer out;
  private final PrintStream err;
  private final boolean showProgress;
  private final long started = System.nanoTime();
  private long lastProgress = started;
  private long records;
  private long invalid;

  BatchRun(EmailAccountJsonReader reader, EmailAccountValidator validator, Writer out, PrintStream err, boolean showProgress) {
    this.reader = reader;
    this.validator = validator;
    this.out = out;
    this.err = err;
    this.showProgress = showProgress;
  }

  /** One record, pretty-printed (a single FILE holding one object). */
  void pretty(InputStream in) throws IOException {
    ValidationResponse response = count(reader.read(in).validate(validator));
    out.write(ValidationResponseJson.toPrettyJson(response));
    out.write('\n');
  }

  /** One line per record: each element of a top-level array, or the one object of the stream. */
  void lines(InputStream in) throws IOException {
    if (startsWithArray(in)) {
      reader.readArray(in, result -> writeLine(result));
    } else {
      writeLine(reader.read(in));
    }
  }

  /** One line per NDJSON line; blank lines are skipped. */
  void ndjson(InputStream in) throws IOException {
    LineReader lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 8, reader.limits().maxBytes()));
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      if (line == LineReader.TOO_LONG) {
        writeResponse(ValidationResponse.failure(InputErrors.tooLarge(reader.limits().maxBytes())));
      } else if (!isBlank(line)) {
        writeLine(reader.read(line));
      }
    }
  }

  /** Whether the stream (a {@link BufferedInputStream} is made if needed) holds a top-level array. */
  static boolean startsWithArray(InputStream in) throws IOException {
    in.mark(PEEK_LIMIT);
    try {
      for (int i = 0; i < PEEK_LIMIT; i++) {
        int b = in.read();
        if (b == '[') {
          return true;
        }
        boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF;
        if (!skippable) {
          return false;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private void writeLine(ReadResult result) {
    writeResponse(result.validate(validator));
  }

  private void writeResponse(ValidationResponse response) {
    try {
      out.write(ValidationResponseJson.toJson(count(response)));
      out.write('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (showProgress && (records & 1023) == 0) {
      long now = System.nanoTime();
      if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
        lastProgress = now;
        err.print("\rpreflight: " + records + " records, " + invalid + " invalid…");
        err.flush();
      }
    }
  }

  private ValidationResponse count(ValidationResponse response) {
    records++;
    if (!response.wasSuccessful()) {
      invalid++;
    }
    return response;
  }

  long records() {
    return records;
  }

  long invalid() {
    return invalid;
  }

  /** {@code preflight: 3 records, 2 valid, 1 invalid (1234 records/s)}. */
  String summary() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    return "preflight: " + records + (records == 1 ? " record, " : " records, ") + (records - invalid) + " valid, "
        + invalid + " invalid (" + Math.round(records / seconds) + " records/s)";
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
