package dev.preflight.emailaccount;

import java.util.Optional;

/** {@code eEmailServerType}: the known codes of IncomingServerType. */
public enum IncomingServerType implements EnumCode {
  IMAP(1, "Imap");

  private static final IncomingServerType[] VALUES = values();

  private final int code;
  private final String apiName;

  IncomingServerType(int code, String apiName) {
    this.code = code;
    this.apiName = apiName;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** The known value with this code, or empty for a code this library does not know. */
  public static Optional<IncomingServerType> fromCode(int code) {
    return EnumCode.find(VALUES, code);
  }
}
