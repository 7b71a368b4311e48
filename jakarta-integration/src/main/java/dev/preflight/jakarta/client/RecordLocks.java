package dev.preflight.jakarta.client;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the read-modify-write cycles of one client on the same record: a cycle holds the lock
 * of its record's Id from the GET to the end of the PUT, so no thread writes back a copy read
 * before another thread's write ended. Ids share a fixed number of fair locks (two Ids may wait for
 * each other, never for long), so the memory used does not grow with the records touched.
 */
final class RecordLocks {
  private static final int STRIPES = 64;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  RecordLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock(true);
    }
  }

  /**
   * The result of {@code cycle}, run while holding the lock of {@code id}.
   *
   * @throws NexudusUnreachableException if the thread is interrupted while waiting; nothing was sent
   */
  <T> T holding(long id, Supplier<T> cycle) {
    ReentrantLock lock = locks[Long.hashCode(id * 0x9E3779B97F4A7C15L) & (STRIPES - 1)];
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw NexudusUnreachableException.interruptedBeforeSending(interrupted);
    }
    try {
      return cycle.get();
    } finally {
      lock.unlock();
    }
  }
}
