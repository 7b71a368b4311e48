package com.example.mailboxes;

import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.validation.ValidationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Changes mailboxes in Nexudus; every change is validated before it is sent. */
@ApplicationScoped
public class MailboxSettings {
  @Inject NexudusEmailAccounts accounts;

  /** Moves a mailbox to a new IMAP host over SSL, without touching anything else. */
  public ValidationResponse moveToNewHost(long id, String host) {
    return accounts.update(id, account -> account.incomingServer(host).incomingServerPort(993).incomingServerSSL(true));
  }
}
