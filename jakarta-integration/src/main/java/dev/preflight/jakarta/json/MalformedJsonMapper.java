package dev.preflight.jakarta.json;

import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a body the runtime's JSON-P reader could not parse (a {@code JsonObject} parameter given
 * malformed JSON) with 400 and the envelope, worded as Preflight's own readers word it ({@code $:
 * is not valid JSON}), where the runtime would answer 500 with a stack trace. The position is left
 * out: the runtime's parser gives none that can be trusted at the end of a body (Parsson under
 * Quarkus says column 34 for a 17-character body), and Preflight's own readers, which give one,
 * read the body themselves. The exception's message, which may quote the body, is never shown.
 *
 * <p>Opt in, like {@link dev.preflight.jakarta.client.NexudusExceptionMapper}: register it with a
 * one-line subclass, {@code @Provider public class JsonErrors extends MalformedJsonMapper {}}. The
 * JSON-B twin is {@link MalformedJsonbMapper}.
 */
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {
  @Override
  public Response toResponse(JsonException exception) {
    return badRequest(InputErrors.notJson());
  }

  /** 400 with the envelope of one error about the body as a whole. */
  static Response badRequest(ValidationError error) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeJson.toJson(ValidationResponse.failure(error))).build();
  }
}
