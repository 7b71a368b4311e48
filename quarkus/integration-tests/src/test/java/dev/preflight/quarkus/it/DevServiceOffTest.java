package dev.preflight.quarkus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** {@code preflight.devservices.enabled=false}: no simulator is started and no Nexudus URL is made up. */
@QuarkusTest
@TestProfile(DevServiceOffTest.DevServiceOff.class)
class DevServiceOffTest {

  public static class DevServiceOff extends DevServiceTest.NoNexudusConfigured {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("preflight.devservices.enabled", "false");
    }
  }

  @Test
  void noNexudusUrlIsConfigured() {
    assertEquals(Optional.empty(),
        ConfigProvider.getConfig().getOptionalValue("quarkus.rest-client.nexudus.url", String.class));
    assertEquals(Optional.empty(),
        ConfigProvider.getConfig().getOptionalValue("preflight.client.bearer-token", String.class));
  }
}
