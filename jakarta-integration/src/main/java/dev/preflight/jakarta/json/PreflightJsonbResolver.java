package dev.preflight.jakarta.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands JAX-RS's JSON-B provider the {@link PreflightJsonb} configuration. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PreflightJsonbResolver implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = PreflightJsonb.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
