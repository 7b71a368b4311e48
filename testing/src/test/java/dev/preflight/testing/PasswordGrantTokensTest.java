package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.NexudusAuthenticationException;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusTokenException;
import dev.preflight.jakarta.client.PasswordCredentials;
import dev.preflight.jakarta.client.PasswordGrantTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens from the simulator's {@code /api/token} over real HTTP (CXF), cached, renewed once, never shown. */
class PasswordGrantTokensTest {
  private static final long ID = 87654321L;
  private static final String USER = "admin@example.com";
  private static final String PASSWORD = "s3cret-Pa55word";
  private static final String TOTP = "493021";
  private static final int THREADS = 32;
  private static final String BASIC = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private static final String STORED = "{\"Id\":87654321,\"BusinessId\":123,\"DisplayName\":\"Front desk\","
      + "\"EmailAddress\":\"frontdesk@example.com\",\"IncomingServer\":\"imap.example.com\",\"IncomingServerType\":1,"
      + "\"IncomingServerPort\":993,\"IncomingServerUsername\":\"frontdesk\",\"DeleteMessageSettings\":1,"
      + "\"OutgoingServer\":\"smtp.example.com\",\"OutgoingServerPort\":465,\"OutgoingServerUsername\":\"frontdesk\","
      + "\"LastMessageId\":0,\"ErrorCount\":0,\"IncomingServerSSL\":true,\"OutgoingServerSSL\":true}";

  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private final SimulatorClients clients = new SimulatorClients();
  private final List<String> logged = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (logged) {
        logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
            + " " + record.getThrown());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void setUp() {
    nexudus.simulator().putJson(STORED);
    nexudus.simulator().acceptLogin(USER, PASSWORD, null, NexudusSimulator.EDIT_ROLE);
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void tearDown() throws Exception {
    Logger.getLogger("").removeHandler(capture);
    clients.close();
    synchronized (logged) {
      assertThat(logged).noneMatch(line -> line.contains(PASSWORD) || line.contains(TOTP) || line.contains(BASIC)
          || line.contains("sim-access-") || line.contains("sim-refresh-"));
    }
  }

  private PasswordGrantTokens tokens(PasswordCredentials credentials) {
    return clients.passwordGrants(nexudus.uri(), credentials, Duration.ofSeconds(5));
  }

  private NexudusEmailAccounts accounts(BearerTokenSupplier tokens) {
    return clients.emailAccounts(nexudus.uri(), ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(5)),
        Duration.ofSeconds(20), tokens);
  }

  /** {@code THREADS} threads reading the record at once, all started together. */
  private static void concurrently(NexudusEmailAccounts accounts) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        done.add(callers.submit(() -> {
          start.await();
          return accounts.get(ID);
        }));
      }
      start.countDown();
      for (Future<?> call : done) {
        assertThat(call.get(1, TimeUnit.MINUTES)).isNotNull();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void thirtyTwoConcurrentCallersShareOnePasswordGrant() throws Exception {
    concurrently(accounts(tokens(PasswordCredentials.of(USER, PASSWORD))));

    assertThat(nexudus.simulator().passwordGrants()).isEqualTo(1);
    assertThat(nexudus.simulator().refreshGrants()).isZero();
  }

  @Test
  void anExpiringTokenIsRefreshedOnceBeforeItExpires() throws Exception {
    nexudus.simulator().tokenLifetime(Duration.ofSeconds(2));
    NexudusEmailAccounts accounts = accounts(tokens(PasswordCredentials.of(USER, PASSWORD)));
    accounts.get(ID);

    Thread.sleep(1_900);
    concurrently(accounts);

    assertThat(nexudus.simulator().passwordGrants()).isEqualTo(1);
    assertThat(nexudus.simulator().refreshGrants()).isEqualTo(1);
  }

  @Test
  void a401CausesExactlyOneRefreshAndEachRequestIsRepeatedOnce() throws Exception {
    NexudusEmailAccounts accounts = accounts(tokens(PasswordCredentials.of(USER, PASSWORD)));
    accounts.get(ID);
    nexudus.simulator().expireIssuedTokens();
    int before = nexudus.simulator().requestCount();

    concurrently(accounts);

    assertThat(nexudus.simulator().refreshGrants()).isEqualTo(1);
    assertThat(nexudus.simulator().passwordGrants()).isEqualTo(1);
    // each caller: at most a refused GET and a repeated one; plus the one refresh
    assertThat(nexudus.simulator().requestCount() - before).isBetween(THREADS + 1, 2 * THREADS + 1);
  }

  @Test
  void aRefusedRefreshFallsBackToANewPasswordGrant() {
    NexudusEmailAccounts accounts = accounts(tokens(PasswordCredentials.of(USER, PASSWORD)));
    accounts.get(ID);
    nexudus.simulator().expireIssuedTokens();
    nexudus.simulator().forgetRefreshTokens();

    accounts.get(ID);

    assertThat(nexudus.simulator().passwordGrants()).isEqualTo(2);
    assertThat(nexudus.simulator().refreshGrants()).isZero();
  }

  @Test
  void aWrongPasswordIsATypedInvalidGrantThatShowsNoSecret() {
    PasswordGrantTokens tokens = tokens(new PasswordCredentials(USER, "wrong-" + PASSWORD, TOTP, "my-client"));

    NexudusTokenException e = catchThrowableOfType(NexudusTokenException.class, () -> accounts(tokens).get(ID));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.error()).isEqualTo("invalid_grant");
    assertThat(e).hasMessage("Nexudus refused the token request (HTTP 400, invalid_grant): The user name or password is incorrect.");
    assertThat(tokens.toString()).doesNotContain(PASSWORD).doesNotContain(TOTP)
        .isEqualTo("PasswordGrantTokens[PasswordCredentials[username=admin@example.com, password=***, totp=***, "
            + "clientId=my-client], no token yet]");
    assertThat(nexudus.simulator().requests()).singleElement().satisfies(request -> {
      assertThat(request.path()).isEqualTo("/api/token");
      assertThat(new String(request.body(), StandardCharsets.UTF_8))
          .contains("grant_type=password").contains("totp=" + TOTP).contains("username=admin%40example.com");
    });
  }

  @Test
  void aUserWithTwoFactorAuthenticationSendsTheOneTimeCode() {
    nexudus.simulator().acceptLogin("2fa@example.com", PASSWORD, TOTP, NexudusSimulator.EDIT_ROLE);

    accounts(tokens(new PasswordCredentials("2fa@example.com", PASSWORD, TOTP, null))).get(ID);

    assertThat(nexudus.simulator().passwordGrants()).isEqualTo(1);
  }

  @Test
  void theTokenEndpointTakesAFormOnlyAndTheSchemeInAnyCase() {
    SimulatedAnswer json = nexudus.simulator().handle("POST", "/api/token", null, "application/json",
        ("{\"grant_type\":\"password\",\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}")
            .getBytes(StandardCharsets.UTF_8));
    SimulatedAnswer lowerCase = nexudus.simulator().handle("GET", NexudusSimulator.PATH + "/" + ID,
        "bearer " + NexudusSimulator.EDITOR_TOKEN, null, new byte[0]);

    assertThat(json.status()).isEqualTo(400);
    assertThat(json.body()).isEqualTo("{\"error\":\"unsupported_grant_type\"}");
    assertThat(lowerCase.status()).isEqualTo(200);
  }

  @Test
  void basicAuthenticationSendsTheUserOnEveryRequestAndAWrongPasswordIs401() {
    NexudusEmailAccounts accounts = accounts(BearerTokenSupplier.basic(USER, PASSWORD));
    NexudusEmailAccounts wrong = accounts(BearerTokenSupplier.basic(USER, "not-" + PASSWORD));

    accounts.get(ID);
    accounts.update(ID, account -> account.errorCount(1));
    NexudusAuthenticationException refused = catchThrowableOfType(NexudusAuthenticationException.class, () -> wrong.get(ID));

    assertThat(nexudus.simulator().requests()).extracting(RecordedRequest::authorization)
        .containsExactly("Basic " + BASIC, "Basic " + BASIC, "Basic " + BASIC,
            "Basic " + Base64.getEncoder().encodeToString((USER + ":not-" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.getMessage()).doesNotContain(PASSWORD).doesNotContain(BASIC);
    assertThat(nexudus.simulator().passwordGrants()).isZero();
    assertThat(nexudus.simulator().get(ID).orElseThrow().errorCount()).isEqualTo(1);
  }
}
