package dev.preflight.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Lets client-side tests reset the simulator and read what it holds. */
@Path("/simulator")
@ApplicationScoped
public class SimulatorControl {
  @Inject SimulatorState state;

  @POST
  @Path("/reset")
  public void reset() {
    state.reset();
  }

  @GET
  @Path("/requests")
  public int requests() {
    return state.requests();
  }

  @GET
  @Path("/store/{id}")
  public Response stored(@PathParam("id") long id) {
    return state.document(id)
        .map(document -> Response.ok(document.toJson(), MediaType.APPLICATION_JSON_TYPE).build())
        .orElseGet(() -> Response.status(404).build());
  }
}
