package dev.preflight.jakarta.client;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An answer that is not a Nexudus result: a 1xx, 3xx or 5xx, a 2xx other than the one expected,
 * an HTML page, an empty body, a status this client does not know, or a success without a record
 * Id. Keeps the status, the redirect target if any, and a short excerpt of the body with every
 * secret removed.
 */
public final class NexudusServerException extends NexudusException {
  private final String bodyExcerpt;
  private final @Nullable String location;

  NexudusServerException(int status, String bodyExcerpt, @Nullable String location) {
    this("Nexudus answered HTTP " + status + (location == null ? "" : " (Location: " + location + ")") + " with "
        + (bodyExcerpt.isEmpty() ? "an empty body" : "\"" + bodyExcerpt + "\""), status, bodyExcerpt, location);
  }

  private NexudusServerException(String message, int status, String bodyExcerpt, @Nullable String location) {
    super(message, status);
    this.bodyExcerpt = bodyExcerpt;
    this.location = location;
  }

  /** A read of record {@code asked} answered with another record: nothing is taken from it. */
  static NexudusServerException otherRecord(String recordName, long asked, @Nullable Long answered, int status) {
    return new NexudusServerException("Nexudus answered " + (answered == null ? "a " + recordName + " without an Id"
        : recordName + " " + answered) + " to a read of " + recordName + " " + asked + ": nothing was taken from it",
        status, "", null);
  }

  /** At most 200 characters of the body, redacted; empty when there was none. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** The {@code Location} header of a redirect (redacted), which this client never follows. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
