package com.example.mailboxes;

import dev.preflight.validation.EnvelopeJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code PUT /api/mailboxes/{id}/incoming-server} with the new host as plain text. Every failure is
 * a NexudusException, answered by {@link NexudusErrors}: 400 with the Nexudus envelope, 404, 503…
 */
@Path("/mailboxes")
public class MailboxResource {
  @Inject MailboxSettings settings;

  @PUT
  @Path("/{id}/incoming-server")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public String moveToNewHost(@PathParam("id") long id, String host) {
    return EnvelopeJson.toJson(settings.moveToNewHost(id, host.strip()));
  }
}
