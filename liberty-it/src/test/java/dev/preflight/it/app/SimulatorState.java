package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the Nexudus simulator holds: records, the requests it received, and a fault to inject. */
@ApplicationScoped
public class SimulatorState {
  /** A token whose user has the EmailAccount-Edit role. */
  public static final String EDITOR_TOKEN = "editor-7d1c9e4b-secret";
  /** A valid token whose user lacks the EmailAccount-Edit role. */
  public static final String READER_TOKEN = "reader-5a2f8c31-secret";
  public static final String EDIT_ROLE = "EmailAccount-Edit";

  /** A canned answer for the next requests: a status, an optional Retry-After, an HTML body or not. */
  public record Fault(int status, String retryAfter, int remaining) {}

  private final Map<String, Set<String>> tokens = Map.of(EDITOR_TOKEN, Set.of(EDIT_ROLE), READER_TOKEN, Set.of());
  private final Map<Long, EmailAccount> store = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong nextId = new AtomicLong(1_000_000);
  private final AtomicReference<Fault> fault = new AtomicReference<>();

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

  public void failNext(int status, String retryAfter, int times) {
    fault.set(new Fault(status, retryAfter, times));
  }

  /** The fault to answer with now, if any (each use counts down). */
  public Optional<Fault> takeFault() {
    Fault current = fault.getAndUpdate(f -> f == null || f.remaining() <= 1 ? null : new Fault(f.status(), f.retryAfter(), f.remaining() - 1));
    return Optional.ofNullable(current);
  }

  public void put(EmailAccount account) {
    store.put(account.id(), account);
  }

  public long newId() {
    return nextId.incrementAndGet();
  }

  public Optional<EmailAccount> get(long id) {
    return Optional.ofNullable(store.get(id));
  }

  public boolean remove(long id) {
    return store.remove(id) != null;
  }

  public Map<Long, EmailAccount> store() {
    return Map.copyOf(store);
  }
}
