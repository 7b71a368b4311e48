package dev.preflight.jakarta.client;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.json.EmailAccountBodyProvider;
import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.jakarta.json.EmailAccountDocumentWriter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jspecify.annotations.Nullable;

/**
 * The Nexudus EmailAccounts endpoints as a MicroProfile Rest Client. The base URL comes from
 * {@code nexudus/mp-rest/url} ({@code https://spaces.nexudus.com} in production).
 *
 * <p>Every answer outside 2xx is thrown as a typed {@link NexudusException}; successful answers
 * come back as they are. Use {@link NexudusEmailAccounts}, which validates before sending, adds the
 * bearer token, holds every exchange to a deadline and turns successful answers into typed results;
 * call this interface directly only to go around those.
 */
@RegisterRestClient(configKey = "nexudus")
@RegisterProvider(EmailAccountBodyProvider.class)
@RegisterProvider(EmailAccountDocumentWriter.class)
@RegisterProvider(NexudusResponseExceptionMapper.class)
@RegisterProvider(ListQueryFilter.class)
@Path("/api/crm/emailaccounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EmailAccountsApi {

  /**
   * {@code PUT /api/crm/emailaccounts}: replaces the record whose Id the body holds, clearing every
   * member the body leaves out.
   */
  @PUT
  Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization, EmailAccountDocument document);

  /** {@code POST /api/crm/emailaccounts}. */
  @POST
  Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization, EmailAccount account);

  /**
   * {@code GET /api/crm/emailaccounts?page=…}: one page of a list, {@code query} its encoded query
   * string ({@link ListQueryFilter} moves it to the URI).
   */
  @GET
  Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
      @HeaderParam(ListQueryFilter.HEADER) String query);

  /** {@code GET /api/crm/emailaccounts/{id}}: the record itself. */
  @GET
  @Path("/{id}")
  Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathParam("id") long id);

  /** {@code DELETE /api/crm/emailaccounts/{id}}. */
  @DELETE
  @Path("/{id}")
  Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathParam("id") long id);
}
