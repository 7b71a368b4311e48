package dev.preflight.emailaccount.validation;

/** What the record is validated for. */
public enum Operation {
  /** {@code PUT /api/crm/emailaccounts}: Id is required. The default. */
  UPDATE("EmailAccount was successfully updated."),
  /** {@code POST /api/crm/emailaccounts}: the same rules, except that Id is not required. */
  CREATE("EmailAccount was successfully created.");

  private final String successMessage;

  Operation(String successMessage) {
    this.successMessage = successMessage;
  }

  /** The envelope's {@code Message} when the record is valid, as the server words it. */
  public String successMessage() {
    return successMessage;
  }
}
