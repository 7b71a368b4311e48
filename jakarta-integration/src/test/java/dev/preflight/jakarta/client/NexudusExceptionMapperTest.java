package dev.preflight.jakarta.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ValidationResponse;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NexudusExceptionMapperTest {
  private final NexudusExceptionMapper mapper = new NexudusExceptionMapper();

  private static String failure(String message) {
    return "{\"Message\":\"$: " + message + "\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"" + message
        + "\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}";
  }

  private void assertAnswer(NexudusException exception, int status, String body) {
    Response response = mapper.toResponse(exception);
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo("application/json");
    assertThat(response.getEntity()).isEqualTo(body);
  }

  @Test
  void aRejectedRecordIsA400WithItsEnvelope() {
    ValidationResponse envelope = EmailAccountValidator.standard().validate(Fixtures.validAccount().toBuilder().displayName(null).build());

    assertAnswer(EmailAccountValidationException.local(envelope), 400, EnvelopeJson.toJson(envelope));
    assertAnswer(EmailAccountValidationException.server(envelope, 200), 400, EnvelopeJson.toJson(envelope));
  }

  @Test
  void upstreamAnswersBecomeTheStatusesAGatewayGives() {
    assertAnswer(new NexudusNotFoundException("EmailAccount"), 404, failure("Nexudus has no such EmailAccount"));
    assertAnswer(new NexudusNotFoundException("Booking"), 404, failure("Nexudus has no such Booking"));
    assertAnswer(new NexudusAuthenticationException(401), 502, failure("Nexudus refused this service's credentials"));
    assertAnswer(new NexudusServerException(500, "<html>secret-token</html>", null), 502, failure("Nexudus answered with an error"));
    assertAnswer(NexudusUnreachableException.noAnswer(new SocketTimeoutException("Read timed out")), 504,
        failure("Nexudus did not answer: the outcome of the request is unknown"));
    assertAnswer(NexudusUnreachableException.noAnswer(new ConnectException("refused")), 504,
        failure("Nexudus could not be reached: nothing was sent"));
    assertAnswer(NexudusUnreachableException.deadlinePassed(Duration.ofSeconds(30)), 504,
        failure("Nexudus did not answer: the outcome of the request is unknown"));
  }

  @Test
  void rateLimitingIsA503ThatPassesRetryAfterOn() {
    Response waitSeven = mapper.toResponse(new NexudusRateLimitedException(429, Duration.ofSeconds(7)));
    Response noHint = mapper.toResponse(new NexudusRateLimitedException(409, null));
    Response zero = mapper.toResponse(new NexudusRateLimitedException(409, Duration.ZERO));

    assertThat(waitSeven.getStatus()).isEqualTo(503);
    assertThat(waitSeven.getEntity()).isEqualTo(failure("Nexudus is rate limiting requests: try again later"));
    assertThat(waitSeven.getHeaderString("Retry-After")).isEqualTo("7");
    assertThat(noHint.getHeaderString("Retry-After")).isNull();
    assertThat(zero.getHeaderString("Retry-After")).isEqualTo("1");
  }
}
