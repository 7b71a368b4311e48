package dev.preflight.catalogue;

import java.util.Objects;

/** One value of an enum field: the integer code sent on the wire and its name ({@code 1} Daily). */
public record EnumValue(int code, String name) {
  public EnumValue {
    Objects.requireNonNull(name, "name == null");
  }

  /** {@code 1 (Daily)}, as the enum message lists it. */
  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
