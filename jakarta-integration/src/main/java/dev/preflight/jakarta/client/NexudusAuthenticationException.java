package dev.preflight.jakarta.client;

/** 401 or 403: the token is missing, wrong, expired, or its user lacks the role. */
public final class NexudusAuthenticationException extends NexudusException {
  NexudusAuthenticationException(int status) {
    super("Nexudus refused the request (HTTP " + status + "): send a valid bearer token of a full unrestricted "
        + "administrator or of a user with the EmailAccount-Edit role", status);
  }
}
