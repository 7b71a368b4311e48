package dev.preflight.cli;

/** A command line the tool cannot run: its message is one line for the user. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
