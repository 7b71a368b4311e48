package dev.preflight.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Collects the values of one generated model; each model's {@code Builder} adds a typed setter per
 * field. {@link #build()} copies them, so a builder can go on after it. Not thread-safe.
 *
 * @param <M> the model it builds
 * @param <B> the builder itself
 */
public abstract class ModelBuilder<M extends EntityModel, B extends ModelBuilder<M, B>> {
  private final ModelType<M> modelType;
  private @Nullable Long id;
  private final @Nullable Object[] values;
  private final Map<String, Object> others = new LinkedHashMap<>();

  /** A builder with every field absent. */
  protected ModelBuilder(ModelType<M> modelType) {
    this.modelType = Objects.requireNonNull(modelType, "modelType == null");
    this.values = new Object[modelType.entity().fields().size()];
  }

  /** A builder holding {@code model}'s values. */
  protected ModelBuilder(ModelType<M> modelType, M model) {
    this(modelType);
    this.id = model.id();
    for (int i = 0; i < values.length; i++) {
      values[i] = model.valueAt(i);
    }
    others.putAll(model.otherMembers());
  }

  /** Sets the record's {@code Id} (null: a record to create). */
  public final B id(@Nullable Long id) {
    this.id = id;
    return self();
  }

  /**
   * Sets the field at {@code position} of the entity's fields; for the generated setters.
   *
   * @throws IllegalArgumentException if {@code value} is not of the field's model type
   */
  protected final B set(int position, @Nullable Object value) {
    values[position] = modelType.checked(position, value);
    return self();
  }

  /**
   * Sets a member that is not one of the entity's fields (an inline element's property its entity
   * lacks, a member Nexudus added): a plain JSON value ({@code Long}, {@code BigDecimal}, {@code
   * String}, {@code Boolean}, {@code List}, {@code Map}); null removes it.
   *
   * @throws IllegalArgumentException if {@code name} is the {@code Id} or a field's (use its setter),
   *     or the value is not a plain JSON value
   */
  public final B otherMember(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name == null");
    if (value == null) {
      others.remove(name);
    } else {
      others.putAll(modelType.others(Map.of(name, value)));
    }
    return self();
  }

  /** The model of the values set so far. */
  public final M build() {
    return modelType.create(id, values.clone(), modelType.others(others));
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
