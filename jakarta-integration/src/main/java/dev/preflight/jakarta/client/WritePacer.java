package dev.preflight.jakarta.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Client-side pacing: lets at most {@code writes} writes start in any {@code window}, making a
 * write wait for its turn otherwise, so that a batch stays under Nexudus's writes-per-minute limit
 * instead of collecting throttling answers. Turns are given in the order they are asked for.
 * Thread-safe.
 */
final class WritePacer {
  private static final WritePacer OFF = new WritePacer(0, Duration.ZERO);

  private final int writes;
  private final long windowNanos;
  /** The start times of the latest writes, at most {@code writes} of them, oldest first. */
  private final Deque<Long> starts = new ArrayDeque<>();

  private WritePacer(int writes, Duration window) {
    this.writes = writes;
    this.windowNanos = window.toNanos();
  }

  /** A pacer for this many writes per window; none ({@link #awaitTurn()} returns at once) for 0. */
  static WritePacer of(int writes, Duration window) {
    return writes == 0 ? OFF : new WritePacer(writes, window);
  }

  /**
   * Waits until a write may start and counts it as started.
   *
   * @throws InterruptedException if interrupted while waiting; the turn is then given up
   */
  void awaitTurn() throws InterruptedException {
    if (writes == 0) {
      return;
    }
    long start;
    synchronized (starts) {
      long now = System.nanoTime();
      start = starts.size() < writes ? now : Math.max(now, starts.removeFirst() + windowNanos);
      starts.addLast(start);
    }
    long wait = start - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  @Override
  public String toString() {
    return writes == 0 ? "off" : writes + " per " + Duration.ofNanos(windowNanos);
  }
}
