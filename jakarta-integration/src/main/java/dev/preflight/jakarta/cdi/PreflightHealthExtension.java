package dev.preflight.jakarta.cdi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds {@link NexudusReadiness} to the application when the MicroProfile Health API is on its class
 * path (Liberty's {@code mpHealth}, WildFly's and Payara's MicroProfile Health), and nothing when
 * it is not, so an application without MicroProfile Health deploys as before. Registered through
 * {@code META-INF/services}.
 */
public class PreflightHealthExtension implements Extension {
  void addReadiness(@Observes BeforeBeanDiscovery discovery, BeanManager beans) {
    try {
      Class.forName("org.eclipse.microprofile.health.HealthCheck", false, PreflightHealthExtension.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return;
    }
    discovery.addAnnotatedType(beans.createAnnotatedType(NexudusReadiness.class), NexudusReadiness.class.getName());
  }
}
