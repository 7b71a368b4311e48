package dev.preflight.jakarta.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Client-side pacing as the server counts it: at most {@code writes} writes reach Nexudus in any
 * {@code window}, every attempt included (a repeat after a 401, a retry after throttling). The
 * pacer holds {@code writes} turns; a write takes one before it is sent and gives it back when its
 * answer has come (or it failed), and the turn can be taken again only a window after that. A
 * request reaches the server before its answer comes back, so two requests on one turn reach it
 * more than a window apart, and no window holds more than {@code writes} of them, however long the
 * requests take. Turns are given in the order they are asked for; a write that cannot have one by
 * its deadline gives up its place and is not sent. Thread-safe.
 */
final class WritePacer {
  private static final WritePacer OFF = new WritePacer(0, Duration.ZERO);

  /** A turn taken; {@link #release()} gives it back (once), after the write's answer. */
  interface Turn {
    void release();
  }

  private static final Turn NO_TURN = () -> { };

  private final int writes;
  private final long windowNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** When each free turn may be taken again, earliest first (releases add them in time order). */
  private final Deque<Long> free = new ArrayDeque<>();
  /** The writes waiting for a turn, by ticket: the first is served first. */
  private final TreeSet<Long> waiting = new TreeSet<>();
  private long nextTicket;

  private WritePacer(int writes, Duration window) {
    this.writes = writes;
    this.windowNanos = window.toNanos();
    long now = System.nanoTime();
    for (int i = 0; i < writes; i++) {
      free.addLast(now);
    }
  }

  /** A pacer for this many writes per window; none ({@link #turn} returns at once) for 0. */
  static WritePacer of(int writes, Duration window) {
    return writes == 0 ? OFF : new WritePacer(writes, window);
  }

  /**
   * Waits for a turn, in order, until the deadline.
   *
   * @throws NexudusUnreachableException if no turn comes by the deadline, or the thread is
   *     interrupted: the write is not sent
   */
  Turn turn(Deadline deadline) {
    if (writes == 0) {
      return NO_TURN;
    }
    lock.lock();
    try {
      long ticket = nextTicket++;
      waiting.add(ticket);
      try {
        while (true) {
          long left = deadline.remainingNanos();
          // First in line with a turn coming back: wait for that moment; otherwise for a change.
          boolean next = waiting.first() == ticket && !free.isEmpty();
          long wait = next ? free.peekFirst() - System.nanoTime() : left;
          if (next && wait <= 0) {
            free.removeFirst();
            return new Taken();
          }
          if (left <= 0 || wait > left) {
            throw NexudusUnreachableException.deadlinePassedBeforeSending(deadline.timeout(),
                "a turn to write (preflight.client.writes-per-minute)");
          }
          changed.awaitNanos(wait);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw NexudusUnreachableException.interruptedBeforeSending(interrupted);
      } finally {
        waiting.remove(ticket);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private final class Taken implements Turn {
    private boolean released;

    @Override
    public void release() {
      lock.lock();
      try {
        if (!released) {
          released = true;
          free.addLast(System.nanoTime() + windowNanos);
          changed.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public String toString() {
    return writes == 0 ? "off" : writes + " per " + Duration.ofNanos(windowNanos);
  }
}
