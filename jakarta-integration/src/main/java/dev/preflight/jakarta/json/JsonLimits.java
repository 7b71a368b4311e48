package dev.preflight.jakarta.json;

/**
 * Bounds on what a reader accepts, so hostile input costs bounded time and memory.
 *
 * @param maxBytes the largest body, in bytes (default 1 MiB)
 * @param maxDepth the deepest nesting of objects and arrays, the record itself being depth 1
 *     (default 32)
 * @param maxStringLength the longest string value, in characters (default 65536)
 */
public record JsonLimits(long maxBytes, int maxDepth, int maxStringLength) {
  /** 1 MiB, depth 32, strings of 65536 characters: the contract's defaults. */
  public static final JsonLimits DEFAULTS = new JsonLimits(1_048_576, 32, 65_536);

  public JsonLimits {
    if (maxBytes < 2 || maxDepth < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException(
          "limits must be positive (maxBytes >= 2): " + maxBytes + ", " + maxDepth + ", " + maxStringLength);
    }
  }
}
