package dev.preflight.jakarta.client;

import static dev.preflight.jakarta.client.ScriptedHttpServer.answer;
import static dev.preflight.jakarta.client.ScriptedHttpServer.sendUtf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.Validators;
import dev.preflight.jakarta.client.ScriptedHttpServer.Request;
import dev.preflight.validation.EnvelopeJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against a Nexudus that stalls, repeats, lies and throttles, on loopback: each case of
 * the hostile round (issue "The client holds its promises under a hostile Nexudus") is a test here.
 * Timings are asserted with generous bounds, never exact sleeps.
 */
class HostileServerTest {
  private static final String CREATED =
      "{\"Message\":\"Booking was successfully created.\",\"Value\":{\"Id\":7},\"Errors\":null,\"WasSuccessful\":true}";
  private static final JsonObject BOOKING = Json.createObjectBuilder().add("ResourceId", 7)
      .add("FromTime", "2026-12-07T09:00:00Z").add("ToTime", "2026-12-07T10:00:00Z").build();
  private static final String GRANTED =
      "{\"access_token\":\"%s\",\"token_type\":\"bearer\",\"expires_in\":%s,\"refresh_token\":\"%s\"}";
  /** Scheduling slack on a loaded two-core machine. */
  private static final long SLACK_MS = 1_500;

  private final List<AutoCloseable> open = new ArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  @AfterEach
  void closeAll() throws Exception {
    released.countDown();
    Collections.reverse(open);
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private ScriptedHttpServer server(ScriptedHttpServer.Handler handler) throws Exception {
    ScriptedHttpServer server = new ScriptedHttpServer(handler);
    open.add(server);
    return server;
  }

  private NexudusEntities client(ScriptedHttpServer server, ClientSettings settings, BearerTokenSupplier tokens) {
    EntitiesApi api = RestClientBuilder.newBuilder().baseUri(server.uri()).readTimeout(30, TimeUnit.SECONDS)
        .build(EntitiesApi.class);
    open.add((AutoCloseable) api);
    NexudusEntities client = NexudusEntities.of(api, Validators.standard(), settings, tokens);
    open.add(client);
    return client;
  }

  private PasswordGrantTokens grants(URI uri, PasswordCredentials credentials, Duration timeout) {
    TokenApi api = RestClientBuilder.newBuilder().baseUri(uri).build(TokenApi.class);
    open.add((AutoCloseable) api);
    PasswordGrantTokens tokens = PasswordGrantTokens.of(api, credentials, timeout);
    open.add(tokens);
    return tokens;
  }

  private static ClientSettings unchecked() {
    return ClientSettings.DEFAULTS.withValidateBeforeSend(false);
  }

  /** #1: a token endpoint that stalls holds each caller no longer than its deadline, however many wait. */
  @ParameterizedTest
  @ValueSource(ints = {8, 32})
  void aStallingTokenEndpointHoldsNoCallerPastItsDeadline(int callers) throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> {
      if (request.target().startsWith("/api/token")) {
        released.await(30, TimeUnit.SECONDS);
      }
      sendUtf8(out, answer(200, CREATED));
    });
    Duration deadline = Duration.ofSeconds(2);
    NexudusEntities client = client(server, unchecked().withTimeout(deadline),
        grants(server.uri(), PasswordCredentials.of("ops@example.com", "pw"), deadline));

    List<Long> waits = callAtOnce(callers, () -> client.records("bookings").create(BOOKING));

    long longest = Collections.max(waits);
    System.out.printf("#1 stalled token endpoint, %d callers, deadline %d ms: longest wait %d ms%n", callers,
        deadline.toMillis(), longest);
    assertThat(longest).isLessThan(deadline.toMillis() + SLACK_MS);
  }

  /** Runs {@code call} on {@code callers} threads at once, each expected to fail; returns each one's wait in ms. */
  private static List<Long> callAtOnce(int callers, Runnable call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> waits = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        waits.add(threads.submit(() -> {
          start.await();
          long begun = System.nanoTime();
          Throwable failure = catchThrowable(call::run);
          assertThat(failure).isInstanceOf(NexudusUnreachableException.class);
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun);
        }));
      }
      start.countDown();
      List<Long> result = new ArrayList<>();
      for (Future<Long> wait : waits) {
        result.add(wait.get(60, TimeUnit.SECONDS));
      }
      return result;
    } finally {
      threads.shutdownNow();
    }
  }

  /** #2: a server that echoes Basic credentials gets neither form of them into what the caller sees. */
  @Test
  void echoedBasicCredentialsAreScrubbedInEveryForm() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> {
      String decoded = new String(Base64.getDecoder().decode(request.header("Authorization").substring(6)),
          StandardCharsets.UTF_8);
      String password = decoded.substring(decoded.indexOf(':') + 1);
      sendUtf8(out, answer(400, "{\"Message\":\"Refused " + decoded + " (" + password + ")\",\"Value\":null,"
          + "\"Errors\":[{\"AttemptedValue\":\"" + password + "\",\"Message\":\"is wrong\",\"PropertyName\":\"ResourceId\"}],"
          + "\"WasSuccessful\":false}"));
    });
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.basic("ops@example.com", "pa55-secret-word"));

    NexudusValidationException e = catchThrowableOfType(NexudusValidationException.class,
        () -> client.records("bookings").create(BOOKING));

    String seen = e.getMessage() + " " + EnvelopeJson.toJson(e.response());
    assertThat(seen).doesNotContain("pa55-secret-word").doesNotContain("ops@example.com:pa55")
        .doesNotContain(Base64.getEncoder().encodeToString("ops@example.com:pa55-secret-word".getBytes(StandardCharsets.UTF_8)))
        .contains("***");
  }

  /** #4: a read answered with another record is refused, and nothing is written from it. */
  @Test
  void aReadAnsweredWithAnotherRecordWritesNothing() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> sendUtf8(out, answer(200,
        "{\"Id\":43,\"ResourceId\":7,\"FromTime\":\"2026-12-07T09:00:00Z\",\"ToTime\":\"2026-12-07T10:00:00Z\"}")));
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.fixed("t0ken"));

    assertThatThrownBy(() -> client.records("bookings").update(42, booking -> booking.with("Notes",
        Json.createValue("Projector"))))
        .isInstanceOf(NexudusServerException.class)
        .hasMessage("Nexudus answered Booking 43 to a read of Booking 42: nothing was taken from it");
    assertThat(server.requests()).containsExactly("GET /api/spaces/bookings/42 HTTP/1.1");
  }

  /** #5: a page that does not prove it is the page asked for ends the list with an error. */
  @ParameterizedTest
  @ValueSource(strings = {"", "\"CurrentPage\":\"1\",", "\"CurrentPage\":1.0,", "\"CurrentPage\":2,"})
  void aListWhosePagesDoNotSayWhichTheyAreEnds(String currentPage) throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> sendUtf8(out, answer(200,
        "{" + currentPage + "\"HasNextPage\":true,\"Records\":[{\"Id\":1,\"ResourceId\":7}]}")));
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.fixed("t0ken"));

    assertThatThrownBy(() -> client.records("bookings").list(ListQuery.all()).limit(1000).count())
        .isInstanceOf(NexudusServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  /** #6: at 5 writes a second, no second at the server holds more than 5 writes, whatever the answers' latency. */
  @Test
  void pacingHoldsAsTheServerCountsIt() throws Exception {
    Random latency = new Random(6);
    ScriptedHttpServer server = server((request, socket, out) -> {
      Thread.sleep(latencyOf(latency));
      sendUtf8(out, answer(200, CREATED));
    });
    NexudusEntities client = client(server, unchecked().withWritePacing(5, Duration.ofSeconds(1)),
        BearerTokenSupplier.fixed("t0ken"));

    writeFromThreads(20, 8, () -> client.records("bookings").create(BOOKING));

    int most = mostInAnyWindow(server.received(), Duration.ofSeconds(1));
    System.out.printf("#6 pacing 5 per 1 s: most writes the server saw in any 1 s window: %d of %d%n", most,
        server.received().size());
    assertThat(server.received()).hasSize(20);
    assertThat(most).isLessThanOrEqualTo(5);
  }

  /** #7: a write repeated after a 401 takes a turn of its own: the repeats count against the pace too. */
  @Test
  void repeatsAfterA401TakeTheirTurn() throws Exception {
    Random latency = new Random(7);
    AtomicInteger seen = new AtomicInteger();
    ScriptedHttpServer server = server((request, socket, out) -> {
      Thread.sleep(latencyOf(latency));
      sendUtf8(out, seen.incrementAndGet() % 2 == 1
          ? answer(401, "{\"Message\":\"Authorization has been denied for this request.\"}") : answer(200, CREATED));
    });
    AtomicLong tokens = new AtomicLong();
    BearerTokenSupplier renewing = new BearerTokenSupplier() {
      @Override
      public String token() {
        return "t" + tokens.get();
      }

      @Override
      public boolean rejected(String token) {
        tokens.incrementAndGet();
        return true;
      }
    };
    NexudusEntities client = client(server, unchecked().withWritePacing(5, Duration.ofSeconds(1)), renewing);

    writeFromThreads(10, 4, () -> catchThrowable(() -> client.records("bookings").create(BOOKING)));

    int most = mostInAnyWindow(server.received(), Duration.ofSeconds(1));
    System.out.printf("#7 pacing 5 per 1 s with 401s: most requests the server saw in any 1 s window: %d of %d%n",
        most, server.received().size());
    assertThat(server.received().size()).isGreaterThan(10);
    assertThat(most).isLessThanOrEqualTo(5);
  }

  private static long latencyOf(Random latency) {
    synchronized (latency) {
      return latency.nextInt(400);
    }
  }

  private static void writeFromThreads(int writes, int threads, Runnable write) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < writes; i++) {
        done.add(pool.submit(write));
      }
      for (Future<?> each : done) {
        each.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The most requests that arrived within any window of this length. */
  static int mostInAnyWindow(List<Request> requests, Duration window) {
    List<Long> arrivals = requests.stream().map(Request::arrivedNanos).sorted().toList();
    int most = 0;
    for (int first = 0, last = 0; last < arrivals.size(); last++) {
      while (arrivals.get(last) - arrivals.get(first) >= window.toNanos()) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** #8: "Wait" with a number of seconds too large for a long is the longest wait, not a retry in 1 s. */
  @Test
  void aHugeWaitInA429BodyIsNotRetried() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> sendUtf8(out,
        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: text/plain\r\nContent-Length: 40\r\nConnection: close\r\n\r\n"
            + "Wait 123456789012345678901 seconds.     "));
    NexudusEntities client = client(server, unchecked().withMaxAttempts(3), BearerTokenSupplier.fixed("t0ken"));

    NexudusRateLimitedException e = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> client.records("bookings").create(BOOKING));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(server.requests()).hasSize(1);
  }

  /** #9: a parallel stream reads a list in order, a page when needed: no page is fetched ahead. */
  @Test
  void aParallelListFetchesNoPageAhead() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> {
      int page = Integer.parseInt(request.target().replaceAll(".*[?&]page=(\\d+).*", "$1"));
      StringBuilder records = new StringBuilder();
      for (int i = 1; i <= 10; i++) {
        records.append(i == 1 ? "" : ",").append("{\"Id\":").append(page * 100 + i).append(",\"ResourceId\":7}");
      }
      sendUtf8(out, answer(200, "{\"CurrentPage\":" + page + ",\"HasNextPage\":true,\"Records\":[" + records + "]}"));
    });
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.fixed("t0ken"));

    assertThat(client.records("bookings").list(ListQuery.all()).parallel().limit(12).count()).isEqualTo(12);
    assertThat(server.requests()).hasSize(2);
  }

  /** #10: an entity's records go to its own endpoint only. */
  @Test
  void anEntitysRecordsGoToItsOwnEndpointOnly() throws Exception {
    NexudusEntities client = client(server((request, socket, out) -> { }), unchecked(), BearerTokenSupplier.fixed(null));

    assertThatThrownBy(() -> client.records("bookings", "crm/emailaccounts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the API path of bookings is spaces/bookings, not crm/emailaccounts");
    assertThatThrownBy(() -> client.records("aichannelsessions", "spaces/bookings"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the records of aichannelsessions live at <module>/aichannelsessions, not at spaces/bookings");
    assertThat(client.records("aichannelsessions", "crm/aichannelsessions").entity().name())
        .isEqualTo("aichannelsessions");
  }

  /**
   * #11 and risk: a refused refresh (a 400, or a server error) falls back to a password grant, which
   * does not send the start-up one-time code again (it is stale).
   */
  @ParameterizedTest
  @ValueSource(ints = {400, 500})
  void aRefusedRefreshFallsBackToAPasswordGrantWithoutTheStaleCode(int refusal) throws Exception {
    AtomicInteger grants = new AtomicInteger();
    ScriptedHttpServer server = server((request, socket, out) -> {
      if (request.target().startsWith("/api/token")) {
        int n = grants.incrementAndGet();
        sendUtf8(out, request.body().contains("grant_type=refresh_token")
            ? answer(refusal, refusal == 400 ? "{\"error\":\"invalid_grant\"}" : "{\"Message\":\"An error has occurred.\"}")
            : answer(200, GRANTED.formatted("access-" + n, 3600, "refresh-" + n)));
      } else {
        sendUtf8(out, "Bearer access-1".equals(request.header("Authorization"))
            ? answer(401, "{\"Message\":\"Authorization has been denied for this request.\"}") : answer(200, CREATED));
      }
    });
    PasswordGrantTokens tokens = grants(server.uri(), new PasswordCredentials("ops@example.com", "pw", "123456", null),
        Duration.ofSeconds(5));
    NexudusEntities client = client(server, unchecked(), tokens);

    client.records("bookings").create(BOOKING);

    List<String> grantBodies = server.received().stream().filter(r -> r.target().startsWith("/api/token"))
        .map(Request::body).toList();
    assertThat(grantBodies).hasSize(3);
    assertThat(grantBodies.get(0)).contains("grant_type=password").contains("totp=123456");
    assertThat(grantBodies.get(1)).contains("grant_type=refresh_token");
    assertThat(grantBodies.get(2)).contains("grant_type=password").doesNotContain("totp");
  }

  /** #12: an expires_in that says nothing usable keeps a token an hour, not a year; a numeric string counts. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "null", "\"soon\"", "0.5", "\"3600\"", "3600", "18446744073709551617", "1e30"})
  void expiresInIsReadForWhatItSays(String expiresIn) throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> sendUtf8(out,
        answer(200, GRANTED.formatted("access-1", expiresIn, "refresh-1"))));
    PasswordGrantTokens tokens = grants(server.uri(), PasswordCredentials.of("ops@example.com", "pw"), Duration.ofSeconds(5));

    assertThat(tokens.token()).isEqualTo("access-1");
    assertThat(tokens.token()).isEqualTo("access-1");
    assertThat(server.requests()).hasSize(1);
    Duration expected = switch (expiresIn) {
      case "\"3600\"", "3600" -> Duration.ofSeconds(3600);
      case "18446744073709551617", "1e30" -> PasswordGrantTokens.LONGEST_LIFETIME;
      default -> PasswordGrantTokens.UNKNOWN_LIFETIME;
    };
    assertThat(PasswordGrantTokens.lifetime(Json.createReader(new java.io.StringReader("{\"e\":" + expiresIn + "}"))
        .readObject().get("e"))).isEqualTo(expected);
  }

  /**
   * Risk: closing the client ends the connection of an exchange reading a body at once, without
   * waiting for the server or the deadline.
   */
  @Test
  void closingTheClientEndsTheConnectionOfABodyUnderWay() throws Exception {
    CountDownLatch gone = new CountDownLatch(1);
    ScriptedHttpServer server = server((request, socket, out) -> {
      sendUtf8(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Id\":7,");
      awaitEnd(socket.getInputStream());
      gone.countDown();
    });
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.fixed("t0ken"));
    Thread caller = new Thread(() -> catchThrowable(() -> client.records("bookings").get(7)));
    caller.start();
    while (server.requests().isEmpty()) {
      Thread.sleep(10);
    }
    Thread.sleep(200);

    long closed = System.nanoTime();
    client.close();

    assertThat(gone.await(10, TimeUnit.SECONDS)).as("the server saw the connection end").isTrue();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed)).isLessThan(SLACK_MS);
    caller.join(5_000);
  }

  /**
   * Risk, and where it stops: an exchange still waiting for a status line that never comes is not
   * the client's to close (the JDK HTTP client ignores interrupts, and the Rest Client is its
   * owner's): it ends at the Rest Client's read timeout, not when the server lets go.
   */
  @Test
  void anExchangeWaitingForAStatusLineEndsAtTheReadTimeout() throws Exception {
    AtomicLong ended = new AtomicLong();
    CountDownLatch gone = new CountDownLatch(1);
    ScriptedHttpServer server = server((request, socket, out) -> {
      awaitEnd(socket.getInputStream());
      ended.set(System.nanoTime());
      gone.countDown();
    });
    EntitiesApi api = RestClientBuilder.newBuilder().baseUri(server.uri()).readTimeout(2, TimeUnit.SECONDS)
        .build(EntitiesApi.class);
    open.add((AutoCloseable) api);
    NexudusEntities client = NexudusEntities.of(api, Validators.standard(), unchecked().withTimeout(Duration.ofSeconds(1)),
        BearerTokenSupplier.fixed("t0ken"));
    long started = System.nanoTime();
    assertThatThrownBy(() -> client.records("bookings").create(BOOKING)).isInstanceOf(NexudusUnreachableException.class);
    client.close();

    assertThat(gone.await(10, TimeUnit.SECONDS)).as("the server saw the connection end").isTrue();
    assertThat(TimeUnit.NANOSECONDS.toMillis(ended.get() - started)).isLessThan(2_000 + SLACK_MS);
  }

  /** A delete answered 200 with {@code WasSuccessful: false} is a rejection, not a success. */
  @Test
  void aDeleteRefusedWithA200IsARejection() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> sendUtf8(out, answer(200,
        "{\"Message\":\"This booking cannot be deleted.\",\"Value\":null,\"Errors\":null,\"WasSuccessful\":false}")));
    NexudusEntities client = client(server, unchecked(), BearerTokenSupplier.fixed("t0ken"));

    NexudusValidationException e = catchThrowableOfType(NexudusValidationException.class,
        () -> client.records("bookings").delete(42));

    assertThat(e.origin()).isEqualTo(NexudusValidationException.Origin.SERVER);
    assertThat(e.response().message()).isEqualTo("This booking cannot be deleted.");
  }

  /** A command whose answer is lost is not run again: the caller is told the outcome is unknown. */
  @Test
  void aCommandWhoseAnswerIsLostIsNotRepeated() throws Exception {
    ScriptedHttpServer server = server((request, socket, out) -> ScriptedHttpServer.reset(socket));
    NexudusEntities client = client(server, unchecked().withMaxAttempts(3), BearerTokenSupplier.fixed("t0ken"));

    NexudusUnreachableException e = catchThrowableOfType(NexudusUnreachableException.class,
        () -> client.records("coworkerinvoices").runCommand("VoidInvoice", List.of(5L), Json.createArrayBuilder().build()));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(server.requests()).containsExactly("POST /api/billing/coworkerinvoices/runcommand HTTP/1.1");
  }

  /** Reads until the client ends the connection. */
  private static void awaitEnd(InputStream in) {
    try {
      while (in.read() >= 0) {
        // Nothing more comes from the client.
      }
    } catch (java.io.IOException reset) {
      // A reset ends it too.
    }
  }
}
