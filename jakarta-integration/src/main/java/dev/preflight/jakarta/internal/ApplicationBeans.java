package dev.preflight.jakarta.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * The application's CDI beans, for classes that a container may create without CDI: Jersey (Payara)
 * makes JAX-RS providers and Bean Validation constraint validators with its own injector, which
 * cannot inject CDI's {@code Instance}. Looking the bean up works in every container, and outside
 * one the fallback is used.
 */
public final class ApplicationBeans {
  private ApplicationBeans() {}

  /** The application's bean of {@code type}, or {@code fallback} when there is no CDI container or no such bean. */
  public static <T> T orElse(Class<T> type, Supplier<T> fallback) {
    Instance<T> beans;
    try {
      beans = CDI.current().select(type);
    } catch (IllegalStateException | NoClassDefFoundError noContainer) {
      // No CDI container running, or no CDI API on the class path at all (a plain JAX-RS client).
      return fallback.get();
    }
    return beans.isResolvable() ? beans.get() : fallback.get();
  }
}
