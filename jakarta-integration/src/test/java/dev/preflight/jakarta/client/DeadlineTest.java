package dev.preflight.jakarta.client;

import dev.preflight.Validators;
import static dev.preflight.jakarta.client.ScriptedHttpServer.reset;
import static dev.preflight.jakarta.client.ScriptedHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Servers that misbehave after the request is sent, over real HTTP on loopback. The client (CXF's
 * MicroProfile Rest Client) is given no timeout of its own: every call must still end, typed, within
 * Preflight's deadline. Bounds are generous; this checks that calls end, not how fast.
 */
class DeadlineTest {
  private static final Duration DEADLINE = Duration.ofSeconds(1);
  /** Far above the deadline, far below the 30 s a script may last. */
  private static final long GENEROUS_MILLIS = 10_000;
  private static final String HEAD_100_BYTES =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";

  private static void against(ScriptedHttpServer.Script script, ThrowingConsumer<NexudusEmailAccounts> test) throws Throwable {
    try (ScriptedHttpServer server = new ScriptedHttpServer(script)) {
      EntitiesApi api = RestClientBuilder.newBuilder().baseUri(server.uri()).build(EntitiesApi.class);
      try {
        test.accept(NexudusEntities.of(api, Validators.standard(),
            ClientSettings.DEFAULTS.withTimeout(DEADLINE), BearerTokenSupplier.fixed("t0ken")).emailAccounts());
      } finally {
        ((AutoCloseable) api).close();
      }
    }
  }

  private static NexudusUnreachableException updateFails(NexudusEmailAccounts accounts) {
    long start = System.nanoTime();
    NexudusUnreachableException e =
        catchThrowableOfType(NexudusUnreachableException.class, () -> accounts.update(Fixtures.validAccount()));
    assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(GENEROUS_MILLIS);
    assertThat(e).isNotNull();
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).endsWith(": the outcome of the request is unknown").doesNotContain("t0ken");
    return e;
  }

  @Test
  void aBodyThatStallsAfterTheHeadersEndsAtTheDeadline() throws Throwable {
    against((socket, out, server) -> {
      send(out, HEAD_100_BYTES + "{\"Message\":");
      server.awaitClose(Long.MAX_VALUE);
    }, accounts -> assertThat(updateFails(accounts))
        .hasMessage("Nexudus did not answer within 1000 ms: the outcome of the request is unknown"));
  }

  @Test
  void aBodyThatTricklesEndsAtTheDeadline() throws Throwable {
    against((socket, out, server) -> {
      send(out, HEAD_100_BYTES);
      for (int i = 0; i < 100 && !server.awaitClose(200); i++) {
        send(out, " ");
      }
    }, accounts -> assertThat(updateFails(accounts))
        .hasMessage("Nexudus did not answer within 1000 ms: the outcome of the request is unknown"));
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheDeadline() throws Throwable {
    against((socket, out, server) -> server.awaitClose(Long.MAX_VALUE),
        accounts -> assertThat(updateFails(accounts))
            .hasMessage("Nexudus did not answer within 1000 ms: the outcome of the request is unknown"));
  }

  @Test
  void aConnectionResetInTheMiddleOfTheBodyIsUnreachableWithAnUnknownOutcome() throws Throwable {
    against((socket, out, server) -> {
      send(out, HEAD_100_BYTES + "{\"Message\":\"EmailAccount was");
      Thread.sleep(100);
      reset(socket);
    }, accounts -> assertThat(updateFails(accounts).getMessage()).doesNotContain("did not answer within"));
  }

  @Test
  void aBodyCutShortByAnOrderlyCloseIsUnreachableWithAnUnknownOutcome() throws Throwable {
    against((socket, out, server) -> send(out, HEAD_100_BYTES + "{\"Message\":\"EmailAccount was"),
        accounts -> assertThat(updateFails(accounts).getMessage()).doesNotContain("did not answer within"));
  }

  @Test
  void aConnectionClosedBeforeAnyAnswerIsUnreachableWithAnUnknownOutcome() throws Throwable {
    against((socket, out, server) -> reset(socket),
        accounts -> assertThat(updateFails(accounts)).hasMessageStartingWith("Nexudus could not be reached ("));
  }
}
