package dev.preflight.jakarta.json;

import dev.preflight.validation.InputErrors;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The JSON-B twin of {@link MalformedJsonMapper}: a body the runtime's JSON-B could not bind (not
 * JSON, or JSON of another shape than the parameter's class) is answered 400 with the envelope,
 * never with the exception's message.
 * Opt in: {@code @Provider public class JsonbErrors extends MalformedJsonbMapper {}}.
 */
public class MalformedJsonbMapper implements ExceptionMapper<JsonbException> {
  @Override
  public Response toResponse(JsonbException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParsingException parsing) {
        return MalformedJsonMapper.badRequest(InputErrors.notJson());
      }
    }
    return MalformedJsonMapper.badRequest(InputErrors.doesNotBind());
  }
}
