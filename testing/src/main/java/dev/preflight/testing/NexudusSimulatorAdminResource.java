package dev.preflight.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The simulator's console and admin API ({@code /_simulator/…}) as a JAX-RS resource beside {@link
 * NexudusSimulatorResource}, for container deployments: the same surface the standalone server
 * serves (docs/testing.md, "The admin API and console").
 */
@Path("/_simulator")
@ApplicationScoped
public class NexudusSimulatorAdminResource {
  @Inject NexudusSimulator simulator;

  @GET
  @Path("{rest: .*}")
  public Response get(@PathParam("rest") String rest, @Context UriInfo uri) {
    return answer("GET", rest, uri, new byte[0]);
  }

  @POST
  @Path("{rest: .*}")
  public Response post(@PathParam("rest") String rest, @Context UriInfo uri, byte[] body) {
    return answer("POST", rest, uri, body);
  }

  @DELETE
  @Path("{rest: .*}")
  public Response delete(@PathParam("rest") String rest, @Context UriInfo uri) {
    return answer("DELETE", rest, uri, new byte[0]);
  }

  private Response answer(String method, String rest, UriInfo uri, byte[] body) {
    // The console's own address keeps its trailing slash, so that its relative links resolve below it.
    boolean slash = uri.getRequestUri().getRawPath().endsWith("/");
    String target = SimulatorAdmin.ROOT + (rest.isEmpty() ? "" : "/" + rest) + (slash && !rest.endsWith("/") ? "/" : "");
    return NexudusSimulatorResource.response(simulator, simulator.handle(method, target, null, "application/json", body));
  }
}
