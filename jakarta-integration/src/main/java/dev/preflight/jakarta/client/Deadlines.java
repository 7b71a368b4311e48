package dev.preflight.jakarta.client;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Holds each HTTP exchange to a deadline whatever the Rest Client implementation does with its own
 * timeouts (some apply none to a body that stalls or trickles): the exchange runs on a worker
 * thread, and the caller waits for it no longer than the deadline, counted from the call (time spent
 * waiting for a free worker included). A late exchange is interrupted and the body it is reading
 * (see {@link #closeIfLate}) is closed, which ends a read that ignores interrupts; one still waiting
 * for the status line ends at the client's read timeout ({@code nexudus/mp-rest/readTimeout}, 20 s
 * unless set), and its worker with it.
 *
 * <p>At most {@code maxWorkers} workers exist at once, so a stalling server holds at most that
 * many threads and connections; calls beyond wait in line, within their deadline. Workers are
 * daemon threads, made on demand and ended after {@value #IDLE_SECONDS} s idle. {@link #close()}
 * interrupts them, closes the answers they read and refuses new exchanges. The caller's context class loader goes with the exchange.
 */
final class Deadlines implements AutoCloseable {
  static final int IDLE_SECONDS = 1;

  /** The streams of the exchange running on this worker, closed by the caller when it is late. */
  private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

  private final AtomicInteger workerNumbers = new AtomicInteger();
  private final ThreadPoolExecutor workers;
  /** The exchanges under way, so that {@link #close()} can close what they read. */
  private final Set<Exchange> underWay = ConcurrentHashMap.newKeySet();

  Deadlines(int maxWorkers) {
    workers = new ThreadPoolExecutor(maxWorkers, maxWorkers, IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread worker = new Thread(task, "preflight-nexudus-" + workerNumbers.incrementAndGet());
          worker.setDaemon(true);
          return worker;
        });
    workers.allowCoreThreadTimeOut(true);
  }

  /** The result of {@code exchange}, or what it threw, within {@code timeout} from now. */
  <T> T within(Duration timeout, Supplier<T> exchange) {
    return within(Deadline.after(timeout), exchange);
  }

  /**
   * The result of {@code exchange}, or what it threw, by {@code deadline}; when it has passed
   * already, nothing runs.
   */
  <T> T within(Deadline deadline, Supplier<T> exchange) {
    if (deadline.passed()) {
      throw NexudusUnreachableException.deadlinePassedBeforeSending(deadline.timeout(), "a free worker");
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Exchange streams = new Exchange();
    Future<T> future;
    try {
      future = workers.submit(() -> {
        Thread worker = Thread.currentThread();
        ClassLoader previous = worker.getContextClassLoader();
        worker.setContextClassLoader(loader);
        CURRENT.set(streams);
        underWay.add(streams);
        try {
          return exchange.get();
        } finally {
          underWay.remove(streams);
          CURRENT.remove();
          worker.setContextClassLoader(previous);
        }
      });
    } catch (RejectedExecutionException closed) {
      throw new IllegalStateException("this Nexudus client is closed");
    }
    try {
      return future.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      abandon(future, streams);
      throw NexudusUnreachableException.deadlinePassed(deadline.timeout());
    } catch (InterruptedException interrupted) {
      abandon(future, streams);
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

  /**
   * Interrupts every exchange under way, closes the answers they are reading (so that their
   * connections end now, not when the server lets go) and refuses new ones.
   */
  @Override
  public void close() {
    workers.shutdownNow();
    List<Exchange> open = List.copyOf(underWay);
    if (!open.isEmpty()) {
      // On a thread of its own, as in abandon: a close may block until the read under way ends.
      Thread closer = new Thread(() -> open.forEach(Exchange::abort), "preflight-abort");
      closer.setDaemon(true);
      closer.start();
    }
  }

  /**
   * Registers {@code stream}, the body of the answer the exchange on this thread is reading, to be
   * closed if the caller stops waiting: an interrupt does not end every blocked read (the JDK's
   * HTTP client, which CXF uses, ignores it), closing the stream does. Outside an exchange, nothing.
   */
  static void closeIfLate(Closeable stream) {
    Exchange streams = CURRENT.get();
    if (streams != null) {
      streams.add(stream);
    }
  }

  /**
   * Interrupts the exchange and closes its body, or takes it out of the line when it has not
   * started. The close runs on a thread of its own: some implementations (RESTEasy) block a close
   * until the read under way ends, and the caller must not wait for that.
   */
  private void abandon(Future<?> future, Exchange streams) {
    future.cancel(true);
    workers.remove((Runnable) future);
    if (streams.hasOpen()) {
      Thread closer = new Thread(streams::abort, "preflight-abort");
      closer.setDaemon(true);
      closer.start();
    } else {
      streams.abort();
    }
  }

  /** The streams one exchange has open; once aborted, any stream added later is closed at once. */
  private static final class Exchange {
    private final List<Closeable> open = new ArrayList<>();
    private boolean aborted;

    void add(Closeable stream) {
      synchronized (this) {
        if (!aborted) {
          open.add(stream);
          return;
        }
      }
      closeQuietly(stream);
    }

    synchronized boolean hasOpen() {
      return !open.isEmpty();
    }

    void abort() {
      List<Closeable> toClose;
      synchronized (this) {
        aborted = true;
        toClose = List.copyOf(open);
        open.clear();
      }
      toClose.forEach(Exchange::closeQuietly);
    }

    private static void closeQuietly(Closeable stream) {
      try {
        stream.close();
      } catch (IOException | RuntimeException ignored) {
        // The exchange is abandoned; its reader gets the failure, typed, if anyone still waits.
      }
    }
  }
}
