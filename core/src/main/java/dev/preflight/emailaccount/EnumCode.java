package dev.preflight.emailaccount;

import java.util.Optional;

/** An enum value that travels on the wire as a number: IncomingServerType, DeleteMessageSettings. */
public interface EnumCode {

  /** The number sent on the wire. */
  int code();

  /** The name the API reference gives the code. */
  String apiName();

  /** The value among {@code values} with this code, or empty for a code this library does not know. */
  static <E extends EnumCode> Optional<E> find(E[] values, int code) {
    for (E value : values) {
      if (value.code() == code) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
