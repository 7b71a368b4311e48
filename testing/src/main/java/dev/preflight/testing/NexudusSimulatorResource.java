package dev.preflight.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.jspecify.annotations.Nullable;

/**
 * The {@link NexudusSimulator} as a JAX-RS resource serving {@code /api/<module>/<collection>} (the
 * EmailAccounts and every other catalogue entity), for Arquillian deployments: add this class,
 * {@link NexudusSimulator} and the other classes of this package to the test archive (or this jar
 * to its libraries), and point {@code nexudus/mp-rest/url} at the application's own root. Tests
 * inject the {@code NexudusSimulator} bean to set it up and inspect it.
 */
@Path("/api")
@ApplicationScoped
public class NexudusSimulatorResource {
  @Inject NexudusSimulator simulator;

  @PUT
  @Path("/{module}/{collection}")
  public Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, byte[] body) {
    return answer(simulator.handle("PUT", path(module, collection), authorization, body));
  }

  @POST
  @Path("/{module}/{collection}")
  public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, byte[] body) {
    return answer(simulator.handle("POST", path(module, collection), authorization, body));
  }

  @GET
  @Path("/{module}/{collection}")
  public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @Context UriInfo uri) {
    String query = uri.getRequestUri().getRawQuery();
    return answer(simulator.handle("GET", path(module, collection) + (query == null ? "" : "?" + query), authorization,
        new byte[0]));
  }

  @GET
  @Path("/{module}/{collection}/{id}")
  public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @PathParam("id") String id,
      @Context UriInfo uri) {
    String query = uri.getRequestUri().getRawQuery();
    return answer(simulator.handle("GET", path(module, collection) + "/" + id + (query == null ? "" : "?" + query),
        authorization, new byte[0]));
  }

  /** {@code POST …/runcommand}: a command on records of the collection. */
  @POST
  @Path("/{module}/{collection}/{action}")
  public Response act(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @PathParam("action") String action,
      byte[] body) {
    return answer(simulator.handle("POST", path(module, collection) + "/" + action, authorization, body));
  }

  @DELETE
  @Path("/{module}/{collection}/{id}")
  public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @PathParam("id") String id) {
    return answer(simulator.handle("DELETE", path(module, collection) + "/" + id, authorization, new byte[0]));
  }

  /**
   * Every class a container deployment of the simulator needs: this resource, the token endpoint
   * ({@link NexudusSimulatorTokenResource}), the simulator and the classes it uses. Add them all
   * ({@code archive.addClasses(NexudusSimulatorResource.classes())}), or preflight-testing's whole
   * jar as a library.
   */
  public static Class<?>[] classes() {
    return new Class<?>[] {NexudusSimulatorResource.class, NexudusSimulatorTokenResource.class,
        NexudusSimulatorAdminResource.class, NexudusSimulator.class, SimulatedAnswer.class, SimulatedEntities.class,
        SimulatedList.class, SimulatedTokens.class, SimulatorAdmin.class, Fault.class, RecordedRequest.class};
  }

  private static String path(String module, String collection) {
    return "/api/" + module + "/" + collection;
  }

  private Response answer(SimulatedAnswer answer) {
    return response(simulator, answer);
  }

  /** The JAX-RS response for one of the simulator's answers: its headers, and a stall if it has one. */
  static Response response(NexudusSimulator simulator, SimulatedAnswer answer) {
    if (answer.status() == Fault.DROPPED) {
      // A container answers whatever a resource does; the nearest to no answer is one that breaks off.
      StreamingOutput broken = out -> {
        out.write('{');
        out.flush();
        throw new java.io.IOException("the simulator drops this answer");
      };
      return Response.ok(broken, "application/json").build();
    }
    Response.ResponseBuilder response = Response.status(answer.status()).type(answer.contentType());
    answer.headers().forEach(response::header);
    if (!answer.stalls()) {
      return response.entity(answer.bodyBytes()).build();
    }
    StreamingOutput stalled = out -> {
      out.write(answer.bodyBytes());
      out.flush();
      try {
        simulator.awaitStallRelease();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    return response.entity(stalled).build();
  }
}
