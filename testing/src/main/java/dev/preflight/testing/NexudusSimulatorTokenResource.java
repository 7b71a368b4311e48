package dev.preflight.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's token endpoint, {@code POST /api/token}, as a JAX-RS resource beside {@link
 * NexudusSimulatorResource}: the body goes to the simulator as it came, whatever its media type,
 * so that a JSON body is refused as Nexudus refuses it; faults apply to it as to every request.
 */
@Path("/api/token")
@ApplicationScoped
public class NexudusSimulatorTokenResource {
  @Inject NexudusSimulator simulator;

  @POST
  public Response token(@HeaderParam(HttpHeaders.CONTENT_TYPE) @Nullable String contentType, byte[] body) {
    return NexudusSimulatorResource.response(simulator, simulator.handle("POST", "/api/token", null, contentType, body));
  }
}
