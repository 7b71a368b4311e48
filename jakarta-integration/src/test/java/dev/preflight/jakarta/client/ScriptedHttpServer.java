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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP server on loopback that answers every request with a script written byte by byte, for the
 * misbehaviours a stub server cannot play: a body that stalls or trickles, a connection reset in the
 * middle of a body, no answer at all, an answer that lies; it keeps every request with the moment it
 * arrived, so that a test can count what reached the server in any window. The hostile server of
 * the client's tests. Everything it does is bounded: a script waits at most until
 * the server is closed, and never longer than 30 s.
 */
final class ScriptedHttpServer implements AutoCloseable {
  /** What the server does with one connection once it has read the request. */
  @FunctionalInterface
  interface Script {
    void play(Socket socket, OutputStream out, ScriptedHttpServer server) throws Exception;
  }

  /** What the server does with one request, knowing what it is. */
  @FunctionalInterface
  interface Handler {
    void answer(Request request, Socket socket, OutputStream out) throws Exception;
  }

  /**
   * One request as the server received it, and when: the moment its last byte arrived, which is
   * when Nexudus counts it.
   */
  record Request(String line, Map<String, String> headers, String body, long arrivedNanos) {
    String method() {
      return line.substring(0, line.indexOf(' '));
    }

    String target() {
      return line.substring(line.indexOf(' ') + 1, line.lastIndexOf(' '));
    }

    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final long LONGEST_SCRIPT_MS = 30_000;

  private final ServerSocket listener;
  private final Handler handler;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();

  ScriptedHttpServer(Script script) throws IOException {
    this.handler = (request, socket, out) -> script.play(socket, out, this);
    this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    start(this::acceptAll);
  }

  ScriptedHttpServer(Handler handler) throws IOException {
    this.handler = handler;
    this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    start(this::acceptAll);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** The request lines received ({@code PUT /api/crm/emailaccounts HTTP/1.1}). */
  List<String> requests() {
    return received.stream().map(Request::line).toList();
  }

  /** The requests received, in the order they arrived. */
  List<Request> received() {
    return List.copyOf(received);
  }

  /** A whole answer: status line, JSON content type, length, and a close of the connection. */
  static String answer(int status, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return "HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n" + json;
  }

  /** Sends {@code text} as UTF-8 and flushes it. */
  static void sendUtf8(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
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
      Request request = readRequest(in);
      received.add(request);
      handler.answer(request, socket, socket.getOutputStream());
    } catch (Exception ignored) {
      // The client went away, or the server was closed: either ends the script.
    }
  }

  /** Reads one request: its head and a Content-Length body. */
  private static Request readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.size() > 65_536) {
        throw new IOException("no whole request head");
      }
      head.write(b);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    Map<String, String> headers = new HashMap<>();
    byte[] body = new byte[0];
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      }
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        body = in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
      }
    }
    return new Request(lines[0], Map.copyOf(headers), new String(body, StandardCharsets.UTF_8), System.nanoTime());
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
