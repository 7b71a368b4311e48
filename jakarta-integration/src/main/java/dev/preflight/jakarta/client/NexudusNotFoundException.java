package dev.preflight.jakarta.client;

/** 404: no record with that Id (or a wrong base URL or API path). */
public final class NexudusNotFoundException extends NexudusException {
  private final String recordName;

  NexudusNotFoundException(String recordName) {
    super("Nexudus found no such " + recordName + " (HTTP 404)", 404);
    this.recordName = recordName;
  }

  /** The name of the record that was asked for: {@code EmailAccount}, {@code Booking}. */
  public String recordName() {
    return recordName;
  }

  /** The same answer, to a request for a record of {@code recordName}. */
  NexudusNotFoundException of(String recordName) {
    return recordName.equals(this.recordName) ? this : new NexudusNotFoundException(recordName);
  }
}
