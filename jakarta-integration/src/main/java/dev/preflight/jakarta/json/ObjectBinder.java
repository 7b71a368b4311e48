package dev.preflight.jakarta.json;

import dev.preflight.validation.ValidationError;
import jakarta.json.stream.JsonParser;

/**
 * Binds one JSON object, as the parser reads it, to a record of one entity: what {@link
 * BodyReader} and {@link ArrayReader} need of a binder, whatever the record type {@code R}.
 */
interface ObjectBinder<R> {
  /**
   * Reads the members of an object whose START_OBJECT the parser has just returned, up to and
   * including its END_OBJECT.
   *
   * @param depth the nesting depth of this object (1 for a top-level record)
   * @param endOffset the stream offset the object must end by (an array element), or {@link
   *     JsonValues#NO_SIZE_LIMIT} (a body whose size was checked before parsing)
   * @throws JsonValues.TooDeep when nesting goes beyond the limit
   */
  R readObject(JsonParser parser, int depth, long endOffset);

  /**
   * Reads the members of a record whose opening brace the scanner has just read, up to and
   * including its closing brace, when every member is as expected: a known member, once, of its
   * type, within the limits (and, in strict mode, no unknown member). Gives the record that {@link
   * #readObject} gives for the same bytes.
   *
   * @throws Utf8JsonScanner.NotRead for anything else, which {@link #readObject} then reads
   */
  R readMembers(Utf8JsonScanner scanner);

  /** The result for a body that cannot be read as a whole: {@code error} stands alone. */
  R bodyError(ValidationError error);

  /** The limits the binder holds values to. */
  JsonLimits limits();
}
