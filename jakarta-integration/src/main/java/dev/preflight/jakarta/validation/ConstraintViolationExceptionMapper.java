package dev.preflight.jakarta.validation;

import dev.preflight.validation.EnvelopeJson;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a failed {@code @Valid} resource parameter as Nexudus does: 400 and the envelope as
 * JSON, errors in the contract's order.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(EnvelopeJson.toJson(Violations.toResponse(exception.getConstraintViolations())))
        .build();
  }
}
