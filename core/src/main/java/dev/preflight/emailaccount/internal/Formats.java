package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.Property;

/** Which properties hold e-mail addresses and host names (contract §1, Notes column). */
final class Formats {
  private Formats() {}

  static boolean isEmail(Property property) {
    return property == Property.EMAIL_ADDRESS
        || property == Property.NOTIFICATION_EMAIL_ADDRESS
        || property == Property.REPLY_TO_EMAIL;
  }

  static boolean isHost(Property property) {
    return property == Property.INCOMING_SERVER || property == Property.OUTGOING_SERVER;
  }
}
