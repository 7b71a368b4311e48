package dev.preflight.jakarta.json.wrongway;

import dev.preflight.jakarta.client.NexudusEntities;

/** A deliberate wrong-way arrow (json → client): the layering test proves its rule sees one. */
public final class ReachesUpToTheClient {
  private ReachesUpToTheClient() {}

  public static String up(NexudusEntities client) {
    return client.toString();
  }
}
