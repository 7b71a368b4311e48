package dev.preflight.emailaccount;

/** Records used across the tests. */
public final class Fixtures {
  private Fixtures() {}

  /** The seed's update request with realistic values: valid for the standard validator. */
  public static EmailAccount validAccount() {
    return EmailAccount.builder()
        .id(87654321L)
        .businessId(123L)
        .displayName("Front desk")
        .emailAddress("frontdesk@example.com")
        .incomingServer("imap.example.com")
        .incomingServerType(IncomingServerType.IMAP)
        .incomingServerPort(993)
        .incomingServerUsername("frontdesk@example.com")
        .deleteMessageSettings(MessageDeletionPolicy.DONT_DELETE)
        .outgoingServer("smtp.example.com")
        .outgoingServerPort(465)
        .outgoingServerUsername("frontdesk@example.com")
        .lastMessageId(0)
        .errorCount(0)
        .incomingServerSSL(true)
        .outgoingServerSSL(true)
        .build();
  }

  /** A record with every one of the 23 properties present and valid. */
  public static EmailAccount fullAccount() {
    return validAccount().toBuilder()
        .active(true)
        .sendNotificationOnNewMessages(true)
        .notificationEmailAddress("alerts@example.com")
        .replyToEmail("no-reply@example.com")
        .lastCheckTime("2025-01-15T10:30:00Z")
        .googleAccessToken("ya29.google-secret-token")
        .office365AccessToken("eyJ0eXAi.office-secret-token")
        .build();
  }

  /** The curl example body of the seed: empty strings and zeros, Id 87654321. */
  public static EmailAccount seedCurlExample() {
    return EmailAccount.builder()
        .businessId(0L)
        .displayName("")
        .emailAddress("")
        .incomingServer("")
        .incomingServerType(0)
        .incomingServerPort(0)
        .incomingServerUsername("")
        .deleteMessageSettings(0)
        .outgoingServer("")
        .outgoingServerPort(0)
        .outgoingServerUsername("")
        .lastMessageId(0)
        .errorCount(0)
        .id(87654321L)
        .build();
  }
}
