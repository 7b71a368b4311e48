package dev.preflight.jakarta.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statuses a stub server on loopback cannot easily send (1xx) or that no client lets through, typed all the same. */
class NexudusResponseExceptionMapperTest {
  private final NexudusResponseExceptionMapper mapper = new NexudusResponseExceptionMapper();

  @ParameterizedTest
  @ValueSource(ints = {100, 102, 199, 300, 301, 304, 308, 399, 418, 500, 599})
  void everyStatusOutside2xxIsHandledAndTyped(int status) {
    Response response = Response.status(status).header("Location", "https://spaces.nexudus.com/").build();

    assertThat(mapper.handles(status, new MultivaluedHashMap<>())).isTrue();
    NexudusException e = mapper.toThrowable(response);
    assertThat(e).isInstanceOf(NexudusServerException.class)
        .hasMessage("Nexudus answered HTTP " + status + " (Location: https://spaces.nexudus.com/) with an empty body");
    assertThat(e.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 204, 299})
  void successStatusesAreLeftToTheCaller(int status) {
    assertThat(mapper.handles(status, new MultivaluedHashMap<>())).isFalse();
  }
}
