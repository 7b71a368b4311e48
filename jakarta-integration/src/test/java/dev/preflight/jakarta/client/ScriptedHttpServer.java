package dev.preflight.jakarta.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on loopback that answers every request with a script written byte by byte, for the
 * misbehaviours a stub server cannot play: a body that stalls or trickles, a connection reset in the
 * middle of a body, no answer at all. Everything it does is bounded: a script waits at most until
 * the server is closed, and never longer than 30 s.
 */
final class ScriptedHttpServer implements AutoCloseable {
  /** What the server does with one connection once it has read the request. */
  @FunctionalInterface
  interface Script {
    void play(Socket socket, OutputStream out, ScriptedHttpServer server) throws Exception;
  }

  private static final long LONGEST_SCRIPT_MS = 30_000;

  private final ServerSocket listener;
  private final Script script;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  ScriptedHttpServer(Script script) throws IOException {
    this.script = script;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    start(this::acceptAll);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** The request lines received ({@code PUT /api/crm/emailaccounts HTTP/1.1}). */
  List<String> requests() {
    return requests;
  }

  /** Waits until the server is closed, at most 30 s; true if it was closed. */
  boolean awaitClose(long millis) throws InterruptedException {
    return closed.await(Math.min(millis, LONGEST_SCRIPT_MS), TimeUnit.MILLISECONDS);
  }

  /** Sends {@code text} as ASCII and flushes it. */
  static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Ends the connection with a TCP reset instead of an orderly close. */
  static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private void acceptAll() {
    while (closed.getCount() > 0) {
      try {
        Socket socket = listener.accept();
        sockets.add(socket);
        start(() -> serve(socket));
      } catch (IOException closedListener) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout((int) LONGEST_SCRIPT_MS);
      InputStream in = socket.getInputStream();
      requests.add(readRequest(in));
      script.play(socket, socket.getOutputStream(), this);
    } catch (Exception ignored) {
      // The client went away, or the server was closed: either ends the script.
    }
  }

  /** Reads one request (head and a Content-Length body) and returns its request line. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.size() > 65_536) {
        throw new IOException("no whole request head");
      }
      head.write(b);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
      }
    }
    return lines[0];
  }

  private void start(Runnable task) {
    Thread thread = new Thread(task, "scripted-http");
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    try {
      for (Thread thread : threads) {
        thread.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
