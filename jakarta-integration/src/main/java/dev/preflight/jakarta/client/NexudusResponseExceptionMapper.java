package dev.preflight.jakarta.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Maps every answer outside 2xx to a typed {@link NexudusException}: 400 with an envelope to
 * {@link EmailAccountValidationException}, 401/403 to {@link NexudusAuthenticationException}, 404
 * to {@link NexudusNotFoundException}, 409/429 to {@link NexudusRateLimitedException}, anything
 * else (1xx, 3xx, 5xx, unknown) to {@link NexudusServerException}. No raw {@code
 * WebApplicationException} reaches callers.
 */
public class NexudusResponseExceptionMapper implements ResponseExceptionMapper<NexudusException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status < 200 || status >= 300;
  }

  @Override
  public NexudusException toThrowable(Response response) {
    return Answers.toException(response, Redaction.current());
  }
}
