package dev.preflight.jakarta.client;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the read-modify-write cycles on one record in this process: a cycle holds the lock of
 * its record, keyed by (entity, Id), from the GET to the end of the PUT, so no thread writes back a
 * copy read before another thread's write ended, whichever client or view the writes come through
 * (every {@link NexudusEntities}, its {@code emailAccounts()} view, CDI beans). One lock per record
 * being written, fair, dropped when no cycle holds or waits for it, so memory does not grow with the
 * records touched. Another process writing the same record is not held back: Nexudus has no
 * conditional PUT (docs/jakarta-integration.md, "Concurrent updates of one record").
 */
final class RecordLocks {
  /** The locks of this process. */
  static final RecordLocks PROCESS = new RecordLocks();

  private record Key(String entity, long id) {}

  private static final class Held {
    final ReentrantLock lock = new ReentrantLock(true);
    /** Cycles holding or waiting for the lock; changed only inside the map's compute. */
    int users;
  }

  private final ConcurrentHashMap<Key, Held> locks = new ConcurrentHashMap<>();

  /**
   * The result of {@code cycle}, run while holding the lock of record {@code id} of {@code entity}.
   *
   * @throws NexudusUnreachableException if the lock does not come by the deadline, or the thread is
   *     interrupted while waiting; nothing was sent
   */
  <T> T holding(String entity, long id, Deadline deadline, Supplier<T> cycle) {
    Key key = new Key(entity.toLowerCase(Locale.ROOT), id);
    Held held = locks.compute(key, (k, existing) -> {
      Held used = existing == null ? new Held() : existing;
      used.users++;
      return used;
    });
    try {
      if (!held.lock.tryLock(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
        throw NexudusUnreachableException.deadlinePassedBeforeSending(deadline.timeout(),
            "the lock of " + entity + " " + id + ", held by another update of it");
      }
      try {
        return cycle.get();
      } finally {
        held.lock.unlock();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw NexudusUnreachableException.interruptedBeforeSending(interrupted);
    } finally {
      locks.computeIfPresent(key, (k, used) -> --used.users == 0 ? null : used);
    }
  }
}
