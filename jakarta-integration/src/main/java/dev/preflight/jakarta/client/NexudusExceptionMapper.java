package dev.preflight.jakarta.client;

import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;

/**
 * Answers a {@link NexudusException} that leaves one of your JAX-RS resources, so that a resource
 * can simply let them go: every body is the Nexudus envelope, and none holds a token.
 *
 * <table>
 *   <caption>What the caller of your resource gets</caption>
 *   <tr><th>Exception</th><th>Status</th><th>Body</th></tr>
 *   <tr><td>{@link NexudusValidationException} (local or from Nexudus)</td><td>400</td><td>its envelope</td></tr>
 *   <tr><td>{@link NexudusNotFoundException}</td><td>404</td><td>{@value #NOT_FOUND_PREFIX} and the record name: {@value #NOT_FOUND}</td></tr>
 *   <tr><td>{@link NexudusRateLimitedException}</td><td>503, with {@code Retry-After}</td><td>{@value #RATE_LIMITED}</td></tr>
 *   <tr><td>{@link NexudusAuthenticationException}</td><td>502: Nexudus refused this service, not the caller</td><td>{@value #REFUSED}</td></tr>
 *   <tr><td>{@link NexudusServerException}</td><td>502</td><td>{@value #BAD_ANSWER}</td></tr>
 *   <tr><td>{@link NexudusUnreachableException}</td><td>504</td><td>{@value #NO_ANSWER} or {@value #NOT_SENT}</td></tr>
 * </table>
 *
 * <p>Each body names {@code $} as its property, like the envelope's errors about a body as a whole.
 * Upstream failures (502, 504) are logged at WARNING in one line, with the exception's message
 * (which never holds a token) and no stack trace.
 *
 * <p>Opt in: it is not a {@code @Provider}, so that it never changes an application that did not
 * ask for it. Register it, e.g. with a one-line subclass in your application: {@code @Provider
 * public class NexudusErrors extends NexudusExceptionMapper {}}.
 */
public class NexudusExceptionMapper implements ExceptionMapper<NexudusException> {
  /** What a 404 says, followed by the record's name ({@code Nexudus has no such Booking}). */
  public static final String NOT_FOUND_PREFIX = "Nexudus has no such ";
  /** What a 404 for an EmailAccount says. */
  public static final String NOT_FOUND = NOT_FOUND_PREFIX + "EmailAccount";
  public static final String RATE_LIMITED = "Nexudus is rate limiting requests: try again later";
  public static final String REFUSED = "Nexudus refused this service's credentials";
  public static final String BAD_ANSWER = "Nexudus answered with an error";
  public static final String NO_ANSWER = "Nexudus did not answer: the outcome of the request is unknown";
  public static final String NOT_SENT = "Nexudus could not be reached: nothing was sent";

  private static final System.Logger LOG = System.getLogger(NexudusExceptionMapper.class.getName());

  @Override
  public Response toResponse(NexudusException exception) {
    if (exception instanceof NexudusValidationException rejected) {
      return envelope(400, rejected.response()).build();
    }
    if (exception instanceof NexudusNotFoundException none) {
      return envelope(404, failure(NOT_FOUND_PREFIX + none.recordName())).build();
    }
    if (exception instanceof NexudusRateLimitedException limited) {
      Response.ResponseBuilder answer = envelope(503, failure(RATE_LIMITED));
      limited.retryAfter().ifPresent(wait -> answer.header("Retry-After", Math.max(1, wait.toSeconds())));
      return answer.build();
    }
    LOG.log(Level.WARNING, "Nexudus call failed: {0}", exception.getMessage());
    if (exception instanceof NexudusAuthenticationException) {
      return envelope(502, failure(REFUSED)).build();
    }
    if (exception instanceof NexudusUnreachableException unreachable) {
      return envelope(504, failure(unreachable.outcomeUnknown() ? NO_ANSWER : NOT_SENT)).build();
    }
    return envelope(502, failure(BAD_ANSWER)).build();
  }

  private static ValidationResponse failure(String message) {
    return ValidationResponse.failure(new ValidationError(InputErrors.BODY, null, message));
  }

  private static Response.ResponseBuilder envelope(int status, ValidationResponse response) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(EnvelopeJson.toJson(response));
  }
}
