package dev.preflight.architecture.cycle.b;

import dev.preflight.architecture.cycle.a.Upper;

/** The other half of the deliberate cycle: it points back up. */
public final class Lower {
  private Lower() {}

  public static Lower make() {
    return new Lower();
  }

  public static Object up() {
    return Upper.lower();
  }
}
