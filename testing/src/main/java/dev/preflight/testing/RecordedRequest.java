package dev.preflight.testing;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A request the simulator received, and what it answered. {@link #toString()} does not show the
 * {@code Authorization} header's token.
 *
 * @param method {@code GET}, {@code PUT}…
 * @param path the path below the application, e.g. {@code /api/crm/emailaccounts/7}
 * @param authorization the {@code Authorization} header as sent, or null
 * @param body the body as sent (empty when there was none)
 * @param status the status the simulator answered, 0 when it answered nothing (a dropped connection)
 * @param answer the body it answered (an envelope, a record, a list…)
 */
public record RecordedRequest(String method, String path, @Nullable String authorization, byte[] body, int status,
    String answer) {

  public RecordedRequest {
    body = body.clone();
  }

  /** A request as sent, before it has an answer. */
  public RecordedRequest(String method, String path, @Nullable String authorization, byte[] body) {
    this(method, path, authorization, body, 0, "");
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RecordedRequest that && method.equals(that.method) && path.equals(that.path)
        && java.util.Objects.equals(authorization, that.authorization) && java.util.Arrays.equals(body, that.body)
        && status == that.status && answer.equals(that.answer);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(method, path, authorization, java.util.Arrays.hashCode(body), status, answer);
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + (authorization == null ? "" : ", Authorization: ***")
        + ", " + body.length + " bytes, answered " + status + "]";
  }
}
