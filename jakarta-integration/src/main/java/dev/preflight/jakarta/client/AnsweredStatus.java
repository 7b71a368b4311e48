package dev.preflight.jakarta.client;

/**
 * The status of the answer the current thread's exchange read, for the telemetry: {@link Answers}
 * notes it where it reads an answer, on the worker that makes the exchange, and {@link Exchanges}
 * takes it when the exchange ends.
 */
final class AnsweredStatus {
  private static final ThreadLocal<int[]> STATUS = ThreadLocal.withInitial(() -> new int[1]);

  private AnsweredStatus() {}

  static void clear() {
    STATUS.get()[0] = 0;
  }

  static void noted(int status) {
    STATUS.get()[0] = status;
  }

  /** The status noted since {@link #clear()}, or 0. */
  static int take() {
    int[] status = STATUS.get();
    int taken = status[0];
    status[0] = 0;
    return taken;
  }
}
