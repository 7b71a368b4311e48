package com.example.mailboxes;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.validation.ValidEmailAccount;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/mailboxes/check} with a whole EmailAccount as JSON: says whether Nexudus would
 * accept it as an update, and sends nothing. The method runs only for a record that passes:
 * Preflight answers a body that is not a record, or a record Nexudus would refuse, with 400 and the
 * Nexudus envelope.
 */
@Path("/mailboxes/check")
public class MailboxCheckResource {
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String check(@NotNull @Valid @ValidEmailAccount EmailAccount account) {
    return EnvelopeJson.toJson(
        ValidationResponse.success("EmailAccount is valid for update; nothing was sent.", new RecordId(account.id())));
  }
}
