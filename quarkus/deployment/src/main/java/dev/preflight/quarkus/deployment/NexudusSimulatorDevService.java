package dev.preflight.quarkus.deployment;

import dev.preflight.testing.NexudusSimulator;
import dev.preflight.testing.NexudusSimulatorServer;
import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CuratedApplicationShutdownBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The Dev Service: in dev and test mode, when the application names no Nexudus URL, the Nexudus
 * simulator runs on loopback and the {@code nexudus} REST client points at it, signed in with the
 * simulator's editor token unless the application configures credentials. {@code
 * preflight.devservices.enabled=false} turns it off (as does {@code quarkus.devservices.enabled}).
 */
public final class NexudusSimulatorDevService {
  /** The key that turns the Dev Service off. */
  static final String ENABLED = "preflight.devservices.enabled";
  static final String URL = "quarkus.rest-client.nexudus.url";
  static final String TOKEN = "preflight.client.bearer-token";

  private static final Logger LOG = Logger.getLogger(NexudusSimulatorDevService.class);
  private static final List<String> URL_KEYS = List.of("nexudus/mp-rest/url", "nexudus/mp-rest/uri",
      URL, "quarkus.rest-client.nexudus.uri", "quarkus.rest-client.\"nexudus\".url");
  private static final List<String> CREDENTIAL_KEYS = List.of(TOKEN, "preflight.client.username");

  /** The simulator of this JVM, kept across dev-mode restarts. */
  private static volatile DevServicesResultBuildItem.@Nullable RunningDevService running;
  /** Where the running simulator is ({@code http://127.0.0.1:40193}), or null. */
  private static volatile @Nullable String simulatorUrl;

  @BuildStep(onlyIf = {IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class})
  @Nullable DevServicesResultBuildItem nexudusSimulator(CuratedApplicationShutdownBuildItem shutdown) {
    Config config = ConfigProvider.getConfig();
    if (!config.getOptionalValue(ENABLED, Boolean.class).orElse(true) || anySet(config, URL_KEYS)) {
      stop();
      return null;
    }
    if (running == null) {
      NexudusSimulatorServer server = NexudusSimulatorServer.start();
      String uri = server.uri().toString();
      Map<String, String> overrides = new HashMap<>();
      overrides.put(URL, uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
      if (!anySet(config, CREDENTIAL_KEYS)) {
        overrides.put(TOKEN, NexudusSimulator.EDITOR_TOKEN);
      }
      running = new DevServicesResultBuildItem.RunningDevService(PreflightProcessor.FEATURE, null, server::close, overrides);
      simulatorUrl = overrides.get(URL);
      shutdown.addCloseTask(NexudusSimulatorDevService::stop, true);
      LOG.infof("Preflight Dev Service: the Nexudus simulator is at %s (set %s to use another Nexudus, or %s=false)",
          overrides.get(URL), URL, ENABLED);
    }
    return running.toBuildItem();
  }

  /**
   * The Dev UI card of the Dev Service: the simulator's address, and its console (records held,
   * requests received with their answers, faults to inject) as a page of the Dev UI.
   */
  @BuildStep(onlyIf = IsDevelopment.class)
  @Nullable CardPageBuildItem simulatorCard(@SuppressWarnings("unused") List<DevServicesResultBuildItem> started) {
    String url = simulatorUrl;
    if (url == null) {
      return null;
    }
    CardPageBuildItem card = new CardPageBuildItem();
    card.addBuildTimeData("simulatorUrl", url);
    card.addPage(Page.externalPageBuilder("Nexudus simulator console").url(url + CONSOLE, url + CONSOLE)
        .isHtmlContent().icon("font-awesome-solid:server"));
    card.addPage(Page.externalPageBuilder("Simulator at " + url).url(url + CONSOLE, url + CONSOLE)
        .doNotEmbed().icon("font-awesome-solid:up-right-from-square"));
    return card;
  }

  /** The console's path on the simulator. */
  static final String CONSOLE = "/_simulator/";

  private static void stop() {
    DevServicesResultBuildItem.RunningDevService service = running;
    running = null;
    simulatorUrl = null;
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        LOG.debugf("the Nexudus simulator did not close cleanly: %s", e);
      }
    }
  }

  /** Whether one of the keys is set: as written, since an expression may only be known at run time. */
  private static boolean anySet(Config config, List<String> keys) {
    for (String key : keys) {
      String raw = config.getConfigValue(key).getRawValue();
      if (raw != null && !raw.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
