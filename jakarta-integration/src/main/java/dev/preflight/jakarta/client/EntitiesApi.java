package dev.preflight.jakarta.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jspecify.annotations.Nullable;

/**
 * The endpoints of every Nexudus entity, {@code /api/{module}/{collection}} ({@code
 * /api/spaces/bookings}), as a MicroProfile Rest Client on the same {@code nexudus} configuration
 * as the other endpoints. Bodies are JSON text, sent and received as they are.
 *
 * <p>Every answer outside 2xx is thrown as a typed {@link NexudusException}. Use {@link
 * NexudusEntities}, which validates before sending, authenticates, holds every exchange to a
 * deadline and turns answers into typed results; call this interface directly only to go around
 * those.
 */
@RegisterRestClient(configKey = "nexudus")
@RegisterProvider(NexudusResponseExceptionMapper.class)
@RegisterProvider(ListQueryFilter.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EntitiesApi {

  /** {@code PUT /api/{module}/{collection}}: replaces the record whose Id the body holds, clearing what it omits. */
  @PUT
  @Path("/{module}/{collection}")
  Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, String json);

  /** {@code POST /api/{module}/{collection}}. */
  @POST
  @Path("/{module}/{collection}")
  Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, String json);

  /**
   * {@code GET /api/{module}/{collection}?page=…}: one page of a list, {@code query} its encoded
   * query string ({@link ListQueryFilter} moves it to the URI).
   */
  @GET
  @Path("/{module}/{collection}")
  Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection,
      @HeaderParam(ListQueryFilter.HEADER) String query);

  /** {@code GET /api/{module}/{collection}/{id}}: the record itself. */
  @GET
  @Path("/{module}/{collection}/{id}")
  Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @PathParam("id") long id);

  /** {@code DELETE /api/{module}/{collection}/{id}}. */
  @DELETE
  @Path("/{module}/{collection}/{id}")
  Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @PathParam("id") long id);

  /**
   * {@code GET /api/{module}/{collection}/?id=[1,2,3]}: several records in one request, {@code ids}
   * their Ids in square brackets.
   */
  @GET
  @Path("/{module}/{collection}/")
  Response batch(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @QueryParam("id") String ids);

  /** {@code GET /api/{module}/{collection}/commands?id=…}: the commands offered for a record. */
  @GET
  @Path("/{module}/{collection}/commands")
  Response commands(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, @QueryParam("id") long id);

  /** {@code POST /api/{module}/{collection}/runcommand}: runs a command ({@code Key}, {@code Ids}, {@code Parameters}). */
  @POST
  @Path("/{module}/{collection}/runcommand")
  Response runCommand(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @PathParam("module") String module, @PathParam("collection") String collection, String json);
}
