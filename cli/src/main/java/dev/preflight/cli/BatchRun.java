package dev.preflight.cli;

import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates records and writes their envelopes in input order, counting as it goes. NDJSON is
 * validated in chunks of lines on {@code workers} threads through an {@link OrderedPipeline};
 * memory stays bounded by a few chunks whatever the number of records.
 */
final class BatchRun {
  private static final int PEEK_LIMIT = 1 << 16;
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
  /** A chunk of NDJSON ends after this many lines or bytes, whichever comes first. */
  private static final int CHUNK_LINES = 256;
  private static final int CHUNK_BYTES = 1 << 18;
  /** The smallest batch whose summary gives a rate. */
  static final int RATED_RECORDS = 1_000;

  private final RecordChecker checker;
  private final Writer out;
  private final PrintStream err;
  private final boolean showProgress;
  private final int workers;
  private final long started = System.nanoTime();
  private long lastProgress = started;
  private long records;
  private long invalid;

  BatchRun(RecordChecker checker, Writer out, PrintStream err, boolean showProgress, int workers) {
    this.checker = checker;
    this.out = out;
    this.err = err;
    this.showProgress = showProgress;
    this.workers = workers;
  }

  /** One record, pretty-printed (a single FILE holding one object). */
  void pretty(InputStream in) throws IOException {
    ValidationResponse response = checker.check(in);
    count(response);
    out.write(EnvelopeJson.toPrettyJson(response));
    out.write('\n');
  }

  /**
   * One line per record: each element of a top-level array, or the one object of the stream. When
   * an error ends an array before its end, says on stderr that the rest of {@code source} was not
   * read.
   */
  void lines(InputStream in, String source) throws IOException {
    if (!startsWithArray(in)) {
      write(envelopes(List.of(checker.check(in))));
    } else if (!checker.checkArray(in, response -> write(envelopes(List.of(response))))) {
      err.println((showProgress ? "\r" : "") + "preflight: " + source
          + ": reading stopped at the error above; the rest of the array was not read");
    }
  }

  /**
   * One line per NDJSON line; blank lines are skipped. Lines are read here, validated in chunks on
   * the workers, and written back here in input order ({@link OrderedPipeline}).
   */
  void ndjson(InputStream in) throws IOException {
    LineReader lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 8, checker.maxBytes()));
    try (OrderedPipeline<Envelopes> pipeline = new OrderedPipeline<>(workers, this::write)) {
      List<byte[]> chunk = new ArrayList<>();
      long bytes = 0;
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        if (line != LineReader.TOO_LONG && isBlank(line)) {
          continue;
        }
        chunk.add(line);
        bytes += line.length;
        if (chunk.size() == CHUNK_LINES || bytes >= CHUNK_BYTES) {
          List<byte[]> full = chunk;
          pipeline.submit(() -> ndjsonEnvelopes(full));
          chunk = new ArrayList<>();
          bytes = 0;
        }
      }
      if (!chunk.isEmpty()) {
        List<byte[]> last = chunk;
        pipeline.submit(() -> ndjsonEnvelopes(last));
      }
      pipeline.finish();
    }
  }

  private Envelopes ndjsonEnvelopes(List<byte[]> chunk) {
    List<ValidationResponse> responses = new ArrayList<>(chunk.size());
    for (byte[] line : chunk) {
      responses.add(line == LineReader.TOO_LONG
          ? ValidationResponse.failure(InputErrors.tooLarge(checker.maxBytes()))
          : checker.check(line));
    }
    return envelopes(responses);
  }

  /** {@code responses} as compact envelopes, one per line. */
  private static Envelopes envelopes(List<ValidationResponse> responses) {
    StringBuilder text = new StringBuilder(responses.size() * 128);
    int failed = 0;
    for (ValidationResponse response : responses) {
      if (!response.wasSuccessful()) {
        failed++;
      }
      EnvelopeJson.appendJson(response, text).append('\n');
    }
    return new Envelopes(text.toString(), responses.size(), failed);
  }

  /** Envelopes as NDJSON text, with how many records they answer and how many are invalid. */
  private record Envelopes(String text, int records, int invalid) {}

  private void write(Envelopes envelopes) {
    try {
      out.write(envelopes.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    records += envelopes.records();
    invalid += envelopes.invalid();
    if (showProgress) {
      long now = System.nanoTime();
      if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
        lastProgress = now;
        err.print("\rpreflight: " + records + " records, " + invalid + " invalid…");
        err.flush();
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

  private void count(ValidationResponse response) {
    records++;
    if (!response.wasSuccessful()) {
      invalid++;
    }
  }

  long records() {
    return records;
  }

  long invalid() {
    return invalid;
  }

  /**
   * {@code preflight: 3 records, 2 valid, 1 invalid}, and the rate ({@code (120000 records/s)}) from
   * {@value #RATED_RECORDS} records on: below that, start-up is most of the time and a rate says
   * nothing.
   */
  String summary() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    return "preflight: " + records + (records == 1 ? " record, " : " records, ") + (records - invalid) + " valid, "
        + invalid + " invalid" + (records < RATED_RECORDS ? "" : " (" + Math.round(records / seconds) + " records/s)");
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
