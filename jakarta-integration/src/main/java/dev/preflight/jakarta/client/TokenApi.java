package dev.preflight.jakarta.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jspecify.annotations.Nullable;

/**
 * The Nexudus token endpoint, {@code POST /api/token}, on the same base URL as the API ({@code
 * nexudus/mp-rest/url}). It takes a form only: a JSON body is answered {@code
 * unsupported_grant_type}. Use {@link PasswordGrantTokens}, which caches, refreshes and keeps the
 * form's secrets out of every message.
 */
@RegisterRestClient(configKey = "nexudus")
@Path("/api/token")
public interface TokenApi {

  /** {@code grant_type=password} or {@code grant_type=refresh_token}, with {@code client_id} as a header when set. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  Response token(@HeaderParam("client_id") @Nullable String clientId, Form form);
}
