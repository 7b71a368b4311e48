package dev.preflight.testing;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * JUnit 5: a fresh {@link NexudusSimulatorServer} on a free loopback port for each test, closed
 * after it. Register it in a field to reach it from the test, or with {@code @ExtendWith} and take
 * the server as a test method parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();
 *
 * @Test
 * void retriesWhenRateLimited() {
 *   nexudus.failNext(Fault.rateLimited(429, 1));
 *   … RestClientBuilder.newBuilder().baseUri(nexudus.uri()) …
 *   assertEquals(2, nexudus.requests().size());
 * }
 * }</pre>
 */
public final class NexudusSimulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private @Nullable NexudusSimulatorServer server;

  @Override
  public void beforeEach(ExtensionContext context) {
    server = NexudusSimulatorServer.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == NexudusSimulatorServer.class || type == NexudusSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == NexudusSimulator.class ? server().simulator() : server();
  }

  /** The running server of the current test. */
  public NexudusSimulatorServer server() {
    if (server == null) {
      throw new IllegalStateException("the Nexudus simulator runs only during a test");
    }
    return server;
  }

  /** The base URL of the simulator of the current test. */
  public URI uri() {
    return server().uri();
  }

  /** The simulator of the current test. */
  public NexudusSimulator simulator() {
    return server().simulator();
  }

  /** The requests it received in the current test, oldest first. */
  public List<RecordedRequest> requests() {
    return simulator().requests();
  }

  /** Answers the next request with {@code fault}. */
  public void failNext(Fault fault) {
    simulator().failNext(fault);
  }
}
