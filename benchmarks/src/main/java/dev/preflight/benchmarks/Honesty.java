package dev.preflight.benchmarks;

/** What every benchmark's Setup checks before it measures: each contender finds the errors the record has. */
final class Honesty {
  private Honesty() {}

  /** Fails the trial when {@code contender} reports another number of errors than {@code expected} on {@code record}. */
  static void expect(String contender, int errors, int expected, String record) {
    if (errors != expected) {
      throw new IllegalStateException(contender + " reports " + errors + " errors on the " + record
          + " record, not " + expected + ": the comparison would not be honest");
    }
  }
}
