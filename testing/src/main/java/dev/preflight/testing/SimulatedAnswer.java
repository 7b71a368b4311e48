package dev.preflight.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the simulator answers to one request; its adapters (the JAX-RS resource, the loopback server)
 * write it as it is.
 *
 * @param stalls whether the connection is to stay open after the body, until the simulator releases
 *     its stalls
 */
public record SimulatedAnswer(int status, Map<String, String> headers, String contentType, String body, boolean stalls) {

  public SimulatedAnswer {
    headers = Map.copyOf(headers);
  }

  static SimulatedAnswer json(int status, String body) {
    return new SimulatedAnswer(status, Map.of(), "application/json", body, false);
  }

  static SimulatedAnswer of(Fault fault) {
    return new SimulatedAnswer(fault.status(), fault.headers(), fault.contentType(), fault.body(), fault.stalls());
  }

  /** The body in UTF-8. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
