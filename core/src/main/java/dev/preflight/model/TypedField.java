package dev.preflight.model;

import dev.preflight.catalogue.Field;
import java.util.Objects;

/**
 * One field of a generated model, with the Java type of its value: what a typed list filter names
 * ({@code Booking.RESOURCE_ID}). Immutable.
 *
 * @param <M> the model
 * @param <T> its value's type (an element's, for a collection)
 */
public final class TypedField<M extends EntityModel, T> {
  private final ModelType<M> modelType;
  private final Field field;

  private TypedField(ModelType<M> modelType, Field field) {
    this.modelType = modelType;
    this.field = field;
  }

  /** The field at {@code position} of {@code modelType}'s entity; for the generated constants. */
  public static <M extends EntityModel, T> TypedField<M, T> of(ModelType<M> modelType, int position) {
    Objects.requireNonNull(modelType, "modelType == null");
    return new TypedField<>(modelType, modelType.entity().fields().get(position));
  }

  public ModelType<M> modelType() {
    return modelType;
  }

  /** The catalogue's field. */
  public Field field() {
    return field;
  }

  /** {@code ResourceId}. */
  public String wireName() {
    return field.wireName();
  }

  @Override
  public String toString() {
    return modelType.entity().recordName() + "." + field.wireName();
  }
}
