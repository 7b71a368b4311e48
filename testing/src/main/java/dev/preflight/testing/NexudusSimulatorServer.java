package dev.preflight.testing;

import dev.preflight.jakarta.client.EntitiesApi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@link NexudusSimulator} on a loopback port of its own (the JDK's HTTP server, no container),
 * for plain JUnit tests: start it, point your REST client at {@link #uri()}, close it.
 *
 * <pre>{@code
 * try (NexudusSimulatorServer nexudus = NexudusSimulatorServer.start()) {
 *   EntitiesApi api = RestClientBuilder.newBuilder().baseUri(nexudus.uri()).build(EntitiesApi.class);
 *   …
 * }
 * }</pre>
 *
 * Bodies are read up to 16 MiB; a request beyond that is answered 413. The simulator's console is at
 * {@code uri() + "/_simulator/"} (docs/testing.md).
 */
public final class NexudusSimulatorServer implements AutoCloseable {
  private static final int MAX_BODY = 16 << 20;

  private final NexudusSimulator simulator;
  private final HttpServer server;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final ExecutorService threads;

  private NexudusSimulatorServer(NexudusSimulator simulator, HttpServer server, ExecutorService threads) {
    this.simulator = simulator;
    this.server = server;
    this.threads = threads;
  }

  /** A new simulator on a free loopback port, serving. */
  public static NexudusSimulatorServer start() {
    return start(new NexudusSimulator());
  }

  /**
   * {@code simulator} on a free loopback port, serving. The JDK's HTTP server sends with Nagle's
   * algorithm on unless {@code sun.net.httpserver.nodelay} is true, which costs every answer about
   * 40 ms of delayed acknowledgement; the property is set to true here unless you set it, and is
   * read once per JVM, when the first server starts.
   */
  public static NexudusSimulatorServer start(NexudusSimulator simulator) {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "nexudus-simulator");
        thread.setDaemon(true);
        return thread;
      });
      NexudusSimulatorServer running = new NexudusSimulatorServer(simulator, server, threads);
      server.createContext("/", running::serve);
      server.setExecutor(threads);
      server.start();
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Nexudus simulator on loopback", e);
    }
  }

  /** The base URL to configure the client with ({@code http://127.0.0.1:PORT}). */
  public URI uri() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
  }

  /** The simulator behind it: records, requests, faults. */
  public NexudusSimulator simulator() {
    return simulator;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      SimulatedAnswer answer = simulator.handle(exchange.getRequestMethod(),
          exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query),
          exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
          body);
      if (answer.status() == Fault.DROPPED) {
        return; // closing the exchange before any header is sent closes the connection: no answer at all
      }
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      byte[] bytes = answer.bodyBytes();
      // A stalled answer promises more than it sends, so that the client waits for the rest.
      exchange.sendResponseHeaders(answer.status(), answer.stalls() ? bytes.length + 64 : bytes.length == 0 ? -1 : bytes.length);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes);
      out.flush();
      if (answer.stalls()) {
        simulator.awaitStallRelease();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      // The client closed the connection (its deadline passed): nothing left to answer.
    }
  }

  /** Releases stalled answers and stops serving. */
  @Override
  public void close() {
    simulator.releaseStalls();
    server.stop(0);
    threads.shutdownNow();
  }

  @Override
  public String toString() {
    return "NexudusSimulatorServer[" + uri() + ", " + simulator + "]";
  }
}
