package dev.preflight.emailaccount;

import java.util.Optional;

/** {@code eMessageDeletionPolicy}: the known codes of DeleteMessageSettings. */
public enum MessageDeletionPolicy implements EnumCode {
  DONT_DELETE(1, "DontDelete"),
  DELETE_ON_RECEIVE(2, "DeleteOnReceive"),
  DELETE_WHEN_DELETING(3, "DeleteWhenDeleting");

  private static final MessageDeletionPolicy[] VALUES = values();

  private final int code;
  private final String apiName;

  MessageDeletionPolicy(int code, String apiName) {
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
  public static Optional<MessageDeletionPolicy> fromCode(int code) {
    return EnumCode.find(VALUES, code);
  }
}
