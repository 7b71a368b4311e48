package com.example.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.preflight.Validators;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.IncomingServerType;
import dev.preflight.emailaccount.MessageDeletionPolicy;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import dev.preflight.testing.Fault;
import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.NexudusSimulatorExtension;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {
  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private EntitiesApi api;
  private NexudusEntities client;

  @BeforeEach
  void connect() {
    api = RestClientBuilder.newBuilder().baseUri(nexudus.uri()).build(EntitiesApi.class);
    client = NexudusEntities.of(api, Validators.standard(), ClientSettings.DEFAULTS,
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN));
  }

  @AfterEach
  void disconnect() throws Exception {
    client.close();
    ((AutoCloseable) api).close();
  }

  @Test
  void aRateLimitedUpdateIsTyped() {
    nexudus.failNext(Fault.rateLimited(429, 30));
    NexudusEmailAccounts accounts = client.emailAccounts();

    NexudusRateLimitedException e = assertThrows(NexudusRateLimitedException.class, () -> accounts.update(mailbox()));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertEquals(1, nexudus.requests().size());
  }

  private static EmailAccount mailbox() {
    return EmailAccount.builder().id(4242L).businessId(123L).displayName("Front desk")
        .emailAddress("frontdesk@example.com").incomingServer("imap.example.com")
        .incomingServerType(IncomingServerType.IMAP).incomingServerPort(993).incomingServerSSL(true)
        .incomingServerUsername("frontdesk").deleteMessageSettings(MessageDeletionPolicy.DONT_DELETE)
        .outgoingServer("smtp.example.com").outgoingServerPort(465).outgoingServerSSL(true)
        .outgoingServerUsername("frontdesk").lastMessageId(0).errorCount(0).build();
  }
}
