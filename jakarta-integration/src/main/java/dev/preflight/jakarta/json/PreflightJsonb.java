package dev.preflight.jakarta.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * JSON-B configured for the Nexudus wire format, so that your own JSON-B code, JAX-RS and the REST
 * client map {@code EmailAccount} and {@code ValidationResponse} the same way.
 *
 * <pre>{@code
 * Jsonb jsonb = PreflightJsonb.create();
 * EmailAccount account = jsonb.fromJson(body, EmailAccount.class);
 * }</pre>
 */
public final class PreflightJsonb {
  private PreflightJsonb() {}

  /** A new configuration with Preflight's serializers and deserializers; add your own to it. */
  public static JsonbConfig config() {
    return new JsonbConfig()
        .withSerializers(new EmailAccountJsonbAdapter(), new ValidationResponseJsonbAdapter())
        .withDeserializers(new EmailAccountJsonbAdapter(), new ValidationResponseJsonbAdapter());
  }

  /** A new {@link Jsonb} with {@link #config()}; close it when done. */
  public static Jsonb create() {
    return JsonbBuilder.create(config());
  }
}
