package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.jakarta.validation.ValidEmailAccount;
import dev.preflight.emailaccount.validation.EnvelopeJson;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.ValidationResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource validating its body like Nexudus does, through Bean Validation. */
@Path("/mailboxes")
public class MailboxResource {

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String update(@Valid @ValidEmailAccount EmailAccount account) {
    return EnvelopeJson.toJson(ValidationResponse.success(Operation.UPDATE, account.id()));
  }
}
