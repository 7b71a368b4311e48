package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.Property;
import java.util.Set;

/** Which properties hold e-mail addresses and host names (contract §1, Notes column). */
final class Formats {
  static final Set<Property> EMAILS =
      Set.of(Property.EMAIL_ADDRESS, Property.NOTIFICATION_EMAIL_ADDRESS, Property.REPLY_TO_EMAIL);
  static final Set<Property> HOSTS = Set.of(Property.INCOMING_SERVER, Property.OUTGOING_SERVER);

  private Formats() {}

  static boolean isEmail(Property property) {
    return EMAILS.contains(property);
  }

  static boolean isHost(Property property) {
    return HOSTS.contains(property);
  }
}
