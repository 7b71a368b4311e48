package dev.preflight.emailaccount.jakarta.client;

/** 404: no EmailAccount with that Id (or a wrong base URL). */
public final class NexudusNotFoundException extends NexudusException {
  NexudusNotFoundException() {
    super("Nexudus found no such EmailAccount (HTTP 404)", 404);
  }
}
