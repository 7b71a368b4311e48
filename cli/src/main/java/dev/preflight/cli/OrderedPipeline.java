package dev.preflight.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a number of worker threads and hands their results, in the order the tasks were
 * submitted, to a consumer on the submitting thread. At most two tasks per worker are in flight, so
 * memory stays bounded however many tasks come. With one worker, each task runs at once on the
 * submitting thread.
 */
final class OrderedPipeline<T> implements AutoCloseable {
  private final int workers;
  private final Consumer<T> results;
  private final ExecutorService pool;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

  OrderedPipeline(int workers, Consumer<T> results) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers < 1");
    }
    this.workers = workers;
    this.results = results;
    this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, OrderedPipeline::daemon);
  }

  /** Runs {@code task}, handing over earlier results first when too many are in flight. */
  void submit(Callable<T> task) throws IOException {
    if (pool == null) {
      results.accept(call(task));
      return;
    }
    inFlight.add(pool.submit(task));
    while (inFlight.size() > 2 * workers) {
      results.accept(result(inFlight.poll()));
    }
  }

  /** Hands over every result still in flight, in order. */
  void finish() throws IOException {
    while (!inFlight.isEmpty()) {
      results.accept(result(inFlight.poll()));
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T result(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "preflight-worker");
    thread.setDaemon(true);
    return thread;
  }
}
