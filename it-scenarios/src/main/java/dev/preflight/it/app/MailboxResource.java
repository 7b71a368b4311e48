package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.validation.ValidEmailAccount;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
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
    return EnvelopeJson.toJson(ValidationResponse.success(Operation.UPDATE.successMessage("EmailAccount"), new RecordId(account.id())));
  }
}
