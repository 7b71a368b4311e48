package dev.preflight.jakarta.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An application bean looked up at its first use ({@link ApplicationBeans#orElse}), for classes a
 * runtime creates before its beans are ready: Quarkus initialises constraint validators while
 * producers they would need (the runtime's {@code OpenTelemetry}) are not yet available.
 */
public final class LazyBean<T> {
  private final Class<T> type;
  private final Supplier<T> fallback;
  private volatile @Nullable T found;

  public LazyBean(Class<T> type, Supplier<T> fallback) {
    this.type = Objects.requireNonNull(type, "type == null");
    this.fallback = Objects.requireNonNull(fallback, "fallback == null");
  }

  /** The bean, or the fallback where there is none; looked up once. */
  public T get() {
    T bean = found;
    if (bean == null) {
      bean = ApplicationBeans.orElse(type, fallback);
      found = bean;
    }
    return bean;
  }
}
