package dev.preflight.jakarta.cdi;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jspecify.annotations.Nullable;

/**
 * Safe defaults for the {@code nexudus} REST client's own timeouts, which MicroProfile leaves
 * unbounded: connect 5 s, read 20 s. Its ordinal (10) is below every standard source, so any value
 * the application sets wins. Registered in {@code META-INF/services}; the deadline of each whole
 * exchange is Preflight's own ({@code preflight.client.timeout-ms}).
 */
public final class PreflightClientDefaults implements ConfigSource {
  /** Below system properties (400), the environment (300) and microprofile-config.properties (100). */
  public static final int ORDINAL = 10;

  private static final Map<String, String> DEFAULTS = Map.of(
      "nexudus/mp-rest/connectTimeout", "5000",
      "nexudus/mp-rest/readTimeout", "20000");

  @Override
  public Set<String> getPropertyNames() {
    return DEFAULTS.keySet();
  }

  @Override
  public @Nullable String getValue(String propertyName) {
    return DEFAULTS.get(propertyName);
  }

  @Override
  public String getName() {
    return "Preflight client defaults";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
