package dev.preflight.jakarta.cdi;

import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.jakarta.telemetry.PreflightTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The runtime's OpenTelemetry as MicroProfile Telemetry 2.0 provides it: its {@code OpenTelemetry}
 * bean when there is one, else {@code GlobalOpenTelemetry}; nothing when the OpenTelemetry API is
 * not on the class path. Only this class names OpenTelemetry's types, and it is loaded only after
 * the API was found, so an application without it runs as before.
 */
final class RuntimeTelemetry {
  private static final System.Logger LOG = System.getLogger(RuntimeTelemetry.class.getName());

  private RuntimeTelemetry() {}

  static ClientTelemetry find() {
    try {
      Class.forName("io.opentelemetry.api.OpenTelemetry", false, RuntimeTelemetry.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return ClientTelemetry.none();
    }
    return fromBean();
  }

  private static ClientTelemetry fromBean() {
    try {
      Instance<OpenTelemetry> bean = CDI.current().select(OpenTelemetry.class);
      return bean.isResolvable() ? PreflightTelemetry.of(bean.get()) : ClientTelemetry.discovered();
    } catch (LinkageError olderApi) {
      // An OpenTelemetry API older than the one Preflight was built with: report nothing rather than fail.
      LOG.log(System.Logger.Level.WARNING, "Preflight reports no telemetry: the runtime's OpenTelemetry API lacks {0}",
          olderApi.getMessage());
      return ClientTelemetry.none();
    }
  }
}
