package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.jakarta.json.EmailAccountDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the Nexudus simulator holds: records (every member it was sent, as Nexudus keeps them), the
 * requests it received, and a fault to inject.
 */
@ApplicationScoped
public class SimulatorState {
  /** A token whose user has the EmailAccount-Edit role. */
  public static final String EDITOR_TOKEN = "editor-7d1c9e4b-secret";
  /** A valid token whose user lacks the EmailAccount-Edit role. */
  public static final String READER_TOKEN = "reader-5a2f8c31-secret";
  public static final String EDIT_ROLE = "EmailAccount-Edit";

  /**
   * A canned answer for the next requests: a status with, for 3xx, a Location; for 409/429 a
   * Retry-After; for 5xx an HTML page; status 0 is a body that stalls after its first bytes.
   */
  public record Fault(int status, String retryAfter, int remaining) {}

  /** The Fault status of an answer whose body stalls after its first bytes. */
  public static final int STALL = 0;

  private final Map<String, Set<String>> tokens = Map.of(EDITOR_TOKEN, Set.of(EDIT_ROLE), READER_TOKEN, Set.of());
  private final Map<Long, EmailAccountDocument> store = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong nextId = new AtomicLong(1_000_000);
  private final AtomicReference<Fault> fault = new AtomicReference<>();
  private final AtomicReference<CountDownLatch> stalls = new AtomicReference<>(new CountDownLatch(1));

  public void reset() {
    store.clear();
    requests.set(0);
    fault.set(null);
  }

  public int countRequest() {
    return requests.incrementAndGet();
  }

  public int requests() {
    return requests.get();
  }

  /** Whether {@code authorization} is a bearer token of a user with the edit role. */
  public boolean mayEdit(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    return tokens.getOrDefault(authorization.substring("Bearer ".length()), Set.of()).contains(EDIT_ROLE);
  }

  /** Holds a stalled answer until {@link #releaseStalls()}, 5 s at most. */
  public void stall() throws InterruptedException {
    stalls.get().await(5, TimeUnit.SECONDS);
  }

  /** Lets every stalled answer end, so that no request outlives its test. */
  public void releaseStalls() {
    stalls.getAndSet(new CountDownLatch(1)).countDown();
  }

  public void failNext(int status, String retryAfter, int times) {
    fault.set(new Fault(status, retryAfter, times));
  }

  /** The fault to answer with now, if any (each use counts down). */
  public Optional<Fault> takeFault() {
    Fault current = fault.getAndUpdate(f -> f == null || f.remaining() <= 1 ? null : new Fault(f.status(), f.retryAfter(), f.remaining() - 1));
    return Optional.ofNullable(current);
  }

  /** Stores the record alone, as if it had been sent with no other member. */
  public void put(EmailAccount account) {
    put(EmailAccountDocument.of(account));
  }

  /** Stores every member of the document, as Nexudus does with a PUT body. */
  public void put(EmailAccountDocument document) {
    store.put(document.account().id(), document);
  }

  public long newId() {
    return nextId.incrementAndGet();
  }

  public Optional<EmailAccount> get(long id) {
    return document(id).map(EmailAccountDocument::account);
  }

  public Optional<EmailAccountDocument> document(long id) {
    return Optional.ofNullable(store.get(id));
  }

  public boolean remove(long id) {
    return store.remove(id) != null;
  }

  public Map<Long, EmailAccount> store() {
    Map<Long, EmailAccount> records = new java.util.HashMap<>();
    store.forEach((id, document) -> records.put(id, document.account()));
    return Map.copyOf(records);
  }
}
