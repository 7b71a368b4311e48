package dev.preflight.emailaccount.jakarta.client;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Holds each HTTP exchange to a deadline whatever the Rest Client implementation does with its own
 * timeouts (some apply none to a body that stalls or trickles): the exchange runs on a worker
 * thread, and the caller waits for it no longer than the deadline. A late exchange is interrupted
 * and left to end on its own; the caller gets a {@link NexudusUnreachableException} at once.
 *
 * <p>Workers are daemon threads, made on demand and ended after 30 s idle, so nothing needs
 * closing. The caller's context class loader goes with the exchange.
 */
final class Deadlines {
  private final AtomicInteger workerNumbers = new AtomicInteger();

  private final ExecutorService workers = new ThreadPoolExecutor(
      0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
        Thread worker = new Thread(task, "preflight-nexudus-" + workerNumbers.incrementAndGet());
        worker.setDaemon(true);
        return worker;
      });

  /** The result of {@code exchange}, or what it threw, within {@code deadline}. */
  <T> T within(Duration deadline, Supplier<T> exchange) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Future<T> future = workers.submit(() -> {
      Thread worker = Thread.currentThread();
      ClassLoader previous = worker.getContextClassLoader();
      worker.setContextClassLoader(loader);
      try {
        return exchange.get();
      } finally {
        worker.setContextClassLoader(previous);
      }
    });
    try {
      return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      future.cancel(true);
      throw NexudusUnreachableException.deadlinePassed(deadline);
    } catch (InterruptedException interrupted) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw NexudusUnreachableException.interrupted(interrupted);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
