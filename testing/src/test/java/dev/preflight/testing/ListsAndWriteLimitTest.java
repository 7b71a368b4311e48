package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.ListQuery;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusNotFoundException;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import dev.preflight.jakarta.client.NexudusServerException;
import dev.preflight.testing.NexudusSimulator.Throttling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lists (lazy pages, filters, order, malformed pages) and the writes-per-minute limit (both of
 * Nexudus's throttling answers, client-side pacing), over real HTTP (CXF) against the simulator.
 */
class ListsAndWriteLimitTest {
  private static final String RECORD = "{\"Id\":%d,\"BusinessId\":123,\"DisplayName\":\"Desk %04d\","
      + "\"EmailAddress\":\"desk%d@example.com\",\"IncomingServer\":\"imap.example.com\",\"IncomingServerType\":1,"
      + "\"IncomingServerPort\":993,\"IncomingServerUsername\":\"desk\",\"DeleteMessageSettings\":1,"
      + "\"OutgoingServer\":\"smtp.example.com\",\"OutgoingServerPort\":465,\"OutgoingServerUsername\":\"desk\","
      + "\"LastMessageId\":0,\"ErrorCount\":0,\"IncomingServerSSL\":true,\"OutgoingServerSSL\":true,\"Active\":%b}";

  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private final SimulatorClients clients = new SimulatorClients();

  @AfterEach
  void close() throws Exception {
    clients.close();
  }

  private NexudusEmailAccounts client(ClientSettings settings) {
    return clients.emailAccounts(nexudus.uri(), settings, Duration.ofSeconds(10),
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
  }

  private void store(long first, int count) {
    for (long id = first; id < first + count; id++) {
      nexudus.simulator().putJson(String.format(RECORD, id, id, id, id % 2 == 0));
    }
  }

  private List<String> listRequests() {
    return nexudus.simulator().requests().stream().map(RecordedRequest::path)
        .filter(path -> path.startsWith(NexudusSimulator.PATH + "?")).toList();
  }

  @Test
  void aThousandRecordsInPagesOfAHundredComeBackEachOnceWithOneRequestAPage() {
    store(1, 1_000);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    List<Long> ids = accounts.list(ListQuery.all().pageSize(100)).map(EmailAccount::id).toList();

    assertThat(ids).hasSize(1_000).doesNotHaveDuplicates()
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_000).boxed().toList());
    assertThat(listRequests()).containsExactlyElementsOf(LongStream.rangeClosed(1, 10)
        .mapToObj(page -> NexudusSimulator.PATH + "?page=" + page + "&size=100").toList());
  }

  @Test
  void pagesAreFetchedOnlyWhenTheStreamNeedsThem() {
    store(1, 300);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    Stream<EmailAccount> records = accounts.list(ListQuery.all().pageSize(100));
    assertThat(listRequests()).isEmpty();
    assertThat(records.limit(101).count()).isEqualTo(101);

    assertThat(listRequests()).hasSize(2);
  }

  @Test
  void filtersAndOrderReachTheServerWithTheEntityPrefix() {
    store(1, 40);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    List<Long> ids = accounts.list(ListQuery.all().where("Active", true).where("DisplayName", "desk 001")
        .orderBy("Id").descending().pageSize(3)).map(EmailAccount::id).toList();

    assertThat(ids).containsExactly(18L, 16L, 14L, 12L, 10L);
    assertThat(listRequests()).first().isEqualTo(NexudusSimulator.PATH
        + "?page=1&size=3&orderBy=Id&dir=-1&EmailAccount_Active=true&EmailAccount_DisplayName=desk+001");
  }

  @Test
  void rangeFiltersHoldAndOneTheSimulatorCannotReadMatchesNothing() {
    store(1, 40);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    assertThat(accounts.list(ListQuery.all().from("Id", 10).to("Id", 12)).map(EmailAccount::id))
        .containsExactly(10L, 11L, 12L);
    assertThat(accounts.list(ListQuery.all().from("Id", "ten")).count()).isZero();
  }

  @Test
  void aFilterTheCatalogueCannotNameIsRefusedBeforeSendingAndTheSimulatorMatchesNothingWithOne() {
    store(1, 40);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    assertThatThrownBy(() -> accounts.list(ListQuery.all().where("DisplayNmae", "desk")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot filter emailaccounts on 'DisplayNmae': not a field of EmailAccount");
    assertThat(listRequests()).isEmpty();
    String answer = nexudus.simulator().handle("GET", NexudusSimulator.PATH + "?EmailAccount_DisplayNmae=desk",
        "Bearer " + NexudusSimulator.EDITOR_TOKEN, new byte[0]).body();
    assertThat(answer).contains("\"Records\":[]", "\"TotalItems\":0");
  }

  @Test
  void anEmptyListIsOneRequestAndNoRecord() {
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);

    assertThat(accounts.list(ListQuery.all())).isEmpty();
    assertThat(listRequests()).hasSize(1);
  }

  @Test
  void aServerThatAnswersPageOneAgainIsAMalformedPageNotALoop() {
    store(1, 3);
    String firstPage = nexudus.simulator().handle("GET", NexudusSimulator.PATH + "?page=1&size=2",
        "Bearer " + NexudusSimulator.EDITOR_TOKEN, new byte[0]).body();
    nexudus.simulator().reset();
    nexudus.simulator().failNext(Fault.of(200, "application/json", firstPage), 5);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);
    List<Long> seen = new ArrayList<>();

    NexudusServerException e = catchThrowableOfType(NexudusServerException.class,
        () -> accounts.list(ListQuery.all().pageSize(2)).forEach(account -> seen.add(account.id())));

    assertThat(seen).containsExactly(1L, 2L);
    assertThat(e.status()).isEqualTo(200);
    assertThat(nexudus.simulator().requestCount()).isEqualTo(2);
  }

  @Test
  void aPageWithoutRecordsOrPagingIsTyped() {
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);
    for (String body : List.of("{\"Records\":{},\"HasNextPage\":false}", "{\"Records\":[]}", "[]",
        "{\"Records\":[7],\"HasNextPage\":false}", "{\"Records\":[{\"Id\":\"x\"}],\"HasNextPage\":false}", "not json")) {
      nexudus.simulator().failNext(Fault.of(200, "application/json", body));

      NexudusServerException e = catchThrowableOfType(NexudusServerException.class,
          () -> accounts.list(ListQuery.all()).toList());

      assertThat(e).as(body).isNotNull();
      assertThat(e.bodyExcerpt()).as(body).isEqualTo(body);
    }
  }

  @Test
  void aPutNamingAnUnknownIdIsNotFound() {
    store(1, 1);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);
    EmailAccount unknown = accounts.get(1).account().toBuilder().id(999L).build();

    assertThat(catchThrowableOfType(NexudusNotFoundException.class, () -> accounts.update(unknown))).isNotNull();
    assertThat(nexudus.simulator().get(999)).isEmpty();
  }

  @Test
  void writesBeyondTheLimitAreThrottledInEitherShape() {
    store(1, 1);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS);
    EmailAccount record = accounts.get(1).account();

    nexudus.simulator().limitWrites(2, Duration.ofMinutes(1), Throttling.CONFLICT);
    accounts.update(record);
    accounts.update(record);
    NexudusRateLimitedException conflict = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> accounts.update(record));
    nexudus.simulator().limitWrites(2, Duration.ofMinutes(1), Throttling.TOO_MANY_REQUESTS);
    accounts.update(record);
    accounts.update(record);
    NexudusRateLimitedException tooMany = catchThrowableOfType(NexudusRateLimitedException.class,
        () -> accounts.update(record));

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.retryAfter()).contains(Duration.ofSeconds(1));
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isBetween(
        Duration.ofSeconds(59), Duration.ofSeconds(60)));
    assertThat(nexudus.simulator().throttledWrites()).isEqualTo(2);
    assertThat(accounts.list(ListQuery.all())).hasSize(1);
  }

  @Test
  void pacedWritesFromManyThreadsStayUnderTheLimit() throws Exception {
    store(1, 8);
    Duration window = Duration.ofMillis(500);
    nexudus.simulator().limitWrites(4, window, Throttling.TOO_MANY_REQUESTS);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS.withWritePacing(4, window.multipliedBy(6).dividedBy(5)));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (long id = 1; id <= 8; id++) {
        long each = id;
        done.add(callers.submit(() -> {
          for (int i = 0; i < 2; i++) {
            accounts.update(each, account -> account.errorCount(account.build().errorCount() + 1));
          }
          return null;
        }));
      }
      for (Future<?> caller : done) {
        caller.get(1, TimeUnit.MINUTES);
      }
    } finally {
      callers.shutdownNow();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(nexudus.simulator().throttledWrites()).isZero();
    assertThat(nexudus.simulator().records().values().stream().map(EmailAccount::errorCount)
        .collect(Collectors.toSet())).isEqualTo(Set.of(2));
    // 16 writes, 4 per 600 ms: the last group cannot start before 3 windows have passed.
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_800));
  }
}
