package dev.preflight.catalogue;

import java.util.Objects;

/** What a record is written for, and so validated for. */
public enum Operation {
  /** A {@code PUT}: the record exists, so {@code Id} is required. The default. */
  UPDATE("updated."),
  /** A {@code POST}: a new record, so {@code Id} is not required. */
  CREATE("created.");

  private final String pastTense;

  Operation(String pastTense) {
    this.pastTense = pastTense;
  }

  /**
   * The envelope's {@code Message} when a record of this name is valid, as the server words it:
   * {@code Booking was successfully updated.}
   */
  public String successMessage(String recordName) {
    Objects.requireNonNull(recordName, "recordName == null");
    return recordName + " was successfully " + pastTense;
  }
}
