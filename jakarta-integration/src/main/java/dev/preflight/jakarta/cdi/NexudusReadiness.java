package dev.preflight.jakarta.cdi;

import dev.preflight.jakarta.client.ClientHealth;
import dev.preflight.jakarta.client.NexudusEntities;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * The MicroProfile Health readiness check {@value #NAME}: the client's last known state ({@link
 * NexudusEntities#health()}), read without calling Nexudus, so a probe spends nothing of the rate
 * limit. {@code UP} before any call and after any answer; {@code DOWN}, with its {@code reason},
 * after a call that got no token, was refused its credentials or got no answer. An application
 * whose client cannot be built (no {@code nexudus/mp-rest/url}) is {@code UP} with {@code client:
 * not configured}: it does not use Nexudus. Registered by {@link PreflightHealthExtension} where
 * the MicroProfile Health API is present, and by Preflight's Quarkus extension with SmallRye Health.
 */
@Readiness
public class NexudusReadiness implements HealthCheck {
  /** The check's name in {@code /health/ready}. */
  public static final String NAME = "preflight-nexudus";

  private final Instance<NexudusEntities> client;

  @Inject
  public NexudusReadiness(Instance<NexudusEntities> client) {
    this.client = client;
  }

  @Override
  public HealthCheckResponse call() {
    ClientHealth health;
    try {
      health = client.get().health();
    } catch (RuntimeException notConfigured) {
      return new HealthCheckResponse(NAME, Status.UP, Optional.of(Map.of("client", "not configured")));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    health.reason().ifPresent(reason -> data.put("reason", reason));
    health.since().ifPresent(since -> data.put("since", since.toString()));
    return new HealthCheckResponse(NAME, health.ready() ? Status.UP : Status.DOWN,
        data.isEmpty() ? Optional.empty() : Optional.of(data));
  }
}
