package dev.preflight.emailaccount;

import java.util.Optional;

/** {@code eEmailServerType}: the known codes of IncomingServerType. */
public enum IncomingServerType {
  IMAP(1, "Imap");

  private final int code;
  private final String apiName;

  IncomingServerType(int code, String apiName) {
    this.code = code;
    this.apiName = apiName;
  }

  /** The number sent on the wire. */
  public int code() {
    return code;
  }

  /** The name the API reference gives the code. */
  public String apiName() {
    return apiName;
  }

  /** The known value with this code, or empty for a code this library does not know. */
  public static Optional<IncomingServerType> fromCode(int code) {
    for (IncomingServerType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
