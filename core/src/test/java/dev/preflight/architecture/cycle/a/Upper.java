package dev.preflight.architecture.cycle.a;

import dev.preflight.architecture.cycle.b.Lower;

/** Half of a deliberate package cycle: the architecture test proves its rule sees one. */
public final class Upper {
  private Upper() {}

  public static Lower lower() {
    return Lower.make();
  }
}
