package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import org.jspecify.annotations.Nullable;

/**
 * {@code ssl-port-coherence}: the SSL flags must agree with the well-known ports. The error blames
 * the SSL flag, which is what the user should change.
 */
final class SslPortCoherenceRule {
  static final int IMAPS_PORT = 993;
  static final int IMAP_PORT = 143;
  static final int SMTPS_PORT = 465;
  static final String IMAPS_MESSAGE = "must be enabled when IncomingServerPort is " + IMAPS_PORT;
  static final String IMAP_MESSAGE = "must be disabled when IncomingServerPort is " + IMAP_PORT;
  static final String SMTPS_MESSAGE = "must be enabled when OutgoingServerPort is " + SMTPS_PORT;

  private SslPortCoherenceRule() {}

  /** The message if {@code value}, the value of {@code property} in {@code account}, breaks this rule. */
  static @Nullable String check(Property property, @Nullable Object value, EmailAccount account) {
    boolean ssl = Boolean.TRUE.equals(value);
    if (property == Property.INCOMING_SERVER_SSL) {
      Integer port = account.incomingServerPort();
      if (port == null) {
        return null;
      }
      if (port == IMAPS_PORT && !ssl) {
        return IMAPS_MESSAGE;
      }
      return port == IMAP_PORT && ssl ? IMAP_MESSAGE : null;
    }
    Integer port = account.outgoingServerPort();
    return port != null && port == SMTPS_PORT && !ssl ? SMTPS_MESSAGE : null;
  }
}
