package dev.preflight.quarkus.it;

import io.opentelemetry.sdk.testing.exporter.InMemoryMetricExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The exporters Quarkus's OpenTelemetry SDK exports to in tests (its exporters are CDI beans), to read back. */
public class InMemoryExporters {
  @Produces
  @Singleton
  InMemoryMetricExporter metrics() {
    return InMemoryMetricExporter.create();
  }

  @Produces
  @Singleton
  InMemorySpanExporter spans() {
    return InMemorySpanExporter.create();
  }
}
