package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntityRecords;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusUnreachableException;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client shared by many threads against the simulator over real HTTP (CXF): no reported change
 * is lost, and a stalling server never holds more worker threads than the client's bound. The
 * update count per thread is {@code -Dpreflight.load.updates} (default 25; the figure, 2,000,
 * 64,000 updates, took 140 s here on 2026-12-07 with 0 lost, and is run by hand).
 */
class ClientUnderLoadTest {
  private static final long ID = 87654321L;
  private static final String STORED = "{\"Id\":87654321,\"SystemId\":\"CRM-1\",\"BusinessId\":123,"
      + "\"DisplayName\":\"Front desk\",\"EmailAddress\":\"frontdesk@example.com\",\"IncomingServer\":\"imap.example.com\","
      + "\"IncomingServerType\":1,\"IncomingServerPort\":993,\"IncomingServerUsername\":\"frontdesk\","
      + "\"DeleteMessageSettings\":1,\"OutgoingServer\":\"smtp.example.com\",\"OutgoingServerPort\":465,"
      + "\"OutgoingServerUsername\":\"frontdesk\",\"LastMessageId\":0,\"ErrorCount\":0,\"IncomingServerSSL\":true,"
      + "\"OutgoingServerSSL\":true}";
  private static final int THREADS = 32;
  private static final String WORKER_PREFIX = "preflight-nexudus-";

  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private final SimulatorClients clients = new SimulatorClients();

  @AfterEach
  void close() throws Exception {
    clients.close();
  }

  private NexudusEmailAccounts client(ClientSettings settings, Duration readTimeout) {
    return clients.emailAccounts(nexudus.uri(), settings, readTimeout, BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
  }

  @Test
  void concurrentUpdatesOfOneRecordLoseNoChangeTheyReported() throws Exception {
    nexudus.simulator().putJson(STORED);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(10)),
        Duration.ofSeconds(10));
    int perThread = Integer.getInteger("preflight.load.updates", 25);
    AtomicInteger reported = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(callers.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            ValidationResponse answer = accounts.update(ID,
                account -> account.lastMessageId(account.build().lastMessageId() + 1));
            if (answer.wasSuccessful()) {
              reported.incrementAndGet();
            }
          }
          return null;
        }));
      }
      // The calls on one record run one after the other: every caller ends near the last update.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5) + TimeUnit.MILLISECONDS.toNanos(20L * THREADS * perThread);
      for (Future<?> caller : done) {
        caller.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(reported).hasValue(THREADS * perThread);
    assertThat(accounts.get(ID).account().lastMessageId()).isEqualTo(THREADS * perThread);
  }

  /**
   * 16 threads through one client's EmailAccounts view and 16 through another client's records of
   * emailaccounts, 20 updates each, on one record: the updates of one record in one process run one
   * after the other whichever client they come through, so none is lost.
   */
  @Test
  void twoClientsInOneProcessLoseNoUpdateOfOneRecord() throws Exception {
    nexudus.simulator().putJson(STORED);
    ClientSettings settings = ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(30));
    NexudusEmailAccounts typed = client(settings, Duration.ofSeconds(10));
    EntityRecords records = clients.entities(nexudus.uri(), settings,
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN)).records("emailaccounts");
    int perThread = 20;
    AtomicInteger reported = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(32);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        boolean throughTheView = t % 2 == 0;
        done.add(callers.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            ValidationResponse answer = throughTheView
                ? typed.update(ID, account -> account.lastMessageId(account.build().lastMessageId() + 1))
                : records.update(ID, document -> document.with("LastMessageId",
                    Json.createValue(document.value("LastMessageId").map(v -> ((JsonNumber) v).intValue()).orElse(0) + 1)));
            if (answer.wasSuccessful()) {
              reported.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> caller : done) {
        caller.get(5, TimeUnit.MINUTES);
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(reported).hasValue(32 * perThread);
    assertThat(typed.get(ID).account().lastMessageId()).isEqualTo(32 * perThread);
  }

  @Test
  void aStallingServerHoldsNoMoreWorkersThanTheBoundAndReleasesThemAtTheReadTimeout() throws Exception {
    int bound = 8;
    Duration readTimeout = Duration.ofSeconds(1);
    NexudusEmailAccounts accounts = client(ClientSettings.DEFAULTS.withTimeout(Duration.ofMillis(200))
        .withMaxConcurrentExchanges(bound), readTimeout);
    nexudus.simulator().failNext(Fault.stalledBody(), 1_000);
    int baseline = settledWorkers();
    AtomicInteger most = new AtomicInteger();
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (sampling.get()) {
        most.accumulateAndGet(workers(), Math::max);
        Thread.onSpinWait();
      }
    });
    sampler.start();
    AtomicInteger unreachable = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        done.add(callers.submit(() -> {
          NexudusUnreachableException e = catchThrowableOfType(NexudusUnreachableException.class, () -> accounts.get(ID));
          if (e != null && e.getMessage().equals("Nexudus did not answer within 200 ms: the outcome of the request is unknown")) {
            unreachable.incrementAndGet();
          }
        }));
      }
      for (Future<?> caller : done) {
        caller.get(2, TimeUnit.MINUTES);
      }
    } finally {
      callers.shutdownNow();
    }
    long deadline = System.nanoTime() + readTimeout.multipliedBy(3).toNanos();
    while (workers() > baseline && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    sampling.set(false);
    sampler.join();

    assertThat(unreachable).hasValue(200);
    assertThat(most.get() - baseline).isBetween(1, bound);
    assertThat(workers()).isEqualTo(baseline);
  }

  @Test
  void aClosedClientRefusesCallsAndEndsItsWorkers() throws Exception {
    nexudus.simulator().putJson(STORED);
    NexudusEntities client = clients.entities(nexudus.uri(), ClientSettings.DEFAULTS,
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
    NexudusEmailAccounts accounts = client.emailAccounts();
    int baseline = settledWorkers();
    accounts.get(ID);

    client.close();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (workers() > baseline && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(workers()).isEqualTo(baseline);
    assertThat(catchThrowableOfType(IllegalStateException.class, () -> accounts.get(ID)))
        .hasMessage("this Nexudus client is closed");
  }

  /** The workers alive once those of earlier tests' clients (idle, or closed) have ended. */
  private static int settledWorkers() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (workers() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return workers();
  }

  private static int workers() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(WORKER_PREFIX) && thread.isAlive()) {
        count++;
      }
    }
    return count;
  }
}
