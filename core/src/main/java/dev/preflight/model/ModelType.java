package dev.preflight.model;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.WireNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * One generated model class and the catalogue entity it is a model of: how to make one from a record
 * and what type each field's value has. Every generated model has one, as its {@code TYPE}; {@link
 * #of(Class)} finds it from the class. Immutable and thread-safe.
 *
 * @param <M> the model class
 */
public final class ModelType<M extends EntityModel> {
  private static final ConcurrentMap<Class<?>, ModelType<?>> BY_CLASS = new ConcurrentHashMap<>();

  /**
   * Makes a model from values already checked; the generated classes' constructors. {@code record}
   * is the model's record when the caller holds it already (one read from JSON), else null.
   */
  @FunctionalInterface
  public interface Factory<M extends EntityModel> {
    M create(@Nullable Long id, @Nullable Object[] values, Map<String, Object> others, @Nullable EntityRecord record);
  }

  /**
   * What a model made from a record holds for a collection field: the record keeps only how many
   * elements it has, the JSON it was read from has them.
   */
  @FunctionalInterface
  public interface Elements {
    /**
     * The elements of {@code field}, a {@link FieldType#CHILDREN} field (as models of {@code
     * childType}) or a {@link FieldType#LIST} one ({@code childType} null; plain values). The list
     * becomes the model's own, not copied: nothing may change it afterwards.
     */
    List<?> of(Field field, @Nullable ModelType<?> childType);
  }

  private final Class<M> modelClass;
  private final Entity entity;
  private final Factory<M> factory;
  private final Map<String, Class<? extends EntityModel>> childClasses;
  /** By field position, how a record's value becomes the model's: {@link #AS_IS}, {@link #TO_INT}, {@link #ELEMENTS}. */
  private final byte[] conversions;
  private static final byte AS_IS = 0;
  private static final byte TO_INT = 1;
  private static final byte ELEMENTS = 2;
  /** By field position, the type of an inline collection's elements; resolved once (a benign race). */
  private volatile @Nullable ModelType<?> @Nullable [] childTypes;

  private ModelType(Class<M> modelClass, Entity entity, Factory<M> factory,
      Map<String, Class<? extends EntityModel>> childClasses) {
    this.modelClass = modelClass;
    this.entity = entity;
    this.factory = factory;
    this.childClasses = childClasses;
    List<Field> fields = entity.fields();
    this.conversions = new byte[fields.size()];
    for (int i = 0; i < conversions.length; i++) {
      conversions[i] = switch (fields.get(i).type()) {
        case INT, ENUM -> TO_INT;
        case CHILDREN, LIST -> ELEMENTS;
        default -> AS_IS;
      };
    }
  }

  /**
   * For the generated models' {@code TYPE}: the type of {@code modelClass}, a model of the standard
   * catalogue's entity {@code entityName} whose fields are {@code wireNames} in that order, the
   * elements of each inline collection being models of {@code childClasses}' class for its name.
   *
   * @throws IllegalStateException if the catalogue's entity has other fields (a model generated from
   *     another catalogue than the one on the class path)
   */
  public static <M extends EntityModel> ModelType<M> register(Class<M> modelClass, String entityName,
      List<String> wireNames, Map<String, Class<? extends EntityModel>> childClasses, Factory<M> factory) {
    Entity entity = EntityCatalogue.standard().entity(entityName).orElseThrow(() -> new IllegalStateException(
        modelClass.getName() + " is a model of " + entityName + ", which the catalogue does not hold"));
    List<String> catalogueNames = entity.fields().stream().map(Field::wireName).toList();
    if (!catalogueNames.equals(wireNames)) {
      throw new IllegalStateException(modelClass.getName() + " was generated from another catalogue: " + entityName
          + " has " + catalogueNames + " here");
    }
    ModelType<M> type = new ModelType<>(modelClass, entity, factory, Map.copyOf(childClasses));
    BY_CLASS.put(modelClass, type);
    return type;
  }

  /**
   * The type of the generated model {@code modelClass} ({@code Booking.class}).
   *
   * @throws IllegalArgumentException if it is not a generated model
   */
  public static <M extends EntityModel> ModelType<M> of(Class<M> modelClass) {
    Objects.requireNonNull(modelClass, "modelClass == null");
    ModelType<?> type = BY_CLASS.get(modelClass);
    if (type == null) {
      try {
        // A model's TYPE registers itself when its class is initialised.
        Class.forName(modelClass.getName(), true, modelClass.getClassLoader());
      } catch (ClassNotFoundException | LinkageError notLoaded) {
        throw new IllegalArgumentException(modelClass.getName() + " is not a generated model", notLoaded);
      }
      type = BY_CLASS.get(modelClass);
    }
    if (type == null) {
      throw new IllegalArgumentException(modelClass.getName() + " is not a generated model");
    }
    return type.cast();
  }

  @SuppressWarnings("unchecked")
  <T extends EntityModel> ModelType<T> cast() {
    return (ModelType<T>) this;
  }

  public Class<M> modelClass() {
    return modelClass;
  }

  /** The entity of the standard catalogue this is a model of. */
  public Entity entity() {
    return entity;
  }

  /** The type of the elements of {@code field}, an inline collection; null for any other field. */
  public @Nullable ModelType<?> childType(Field field) {
    if (field.type() != FieldType.CHILDREN) {
      return null;
    }
    int position = entity.position(field);
    return position < 0 ? null : childTypeAt(position);
  }

  private @Nullable ModelType<?> childTypeAt(int position) {
    @Nullable ModelType<?>[] resolved = childTypes;
    if (resolved == null) {
      // Resolved on first use, not when registered: a child's class may not be initialised yet then.
      resolved = new ModelType<?>[entity.fields().size()];
      for (int i = 0; i < resolved.length; i++) {
        Class<? extends EntityModel> childClass = childClasses.get(entity.fields().get(i).wireName());
        resolved[i] = childClass == null ? null : of(childClass);
      }
      childTypes = resolved;
    }
    return resolved[position];
  }

  /**
   * The model of {@code record} (a record of this entity, as a JSON door reads it), with the
   * elements of its collections from {@code elements} and no other member.
   *
   * @throws IllegalArgumentException if a value does not fit its field (a number beyond a 32-bit
   *     field's range), which a record a door reads without error never holds
   */
  public M fromRecord(EntityRecord record, Elements elements) {
    return fromRecord(record, elements, Map.of());
  }

  /**
   * The model of {@code record}, with the elements of its collections from {@code elements} and
   * {@code others}, the values of the members that are not the entity's fields (the record's
   * unknown members), as plain values. Like the elements' lists, {@code others} becomes the
   * model's own, not copied: nothing may change it afterwards.
   *
   * @throws IllegalArgumentException as {@link #fromRecord(EntityRecord, Elements)}, or if an other
   *     member names a field or is not a plain value
   */
  public M fromRecord(EntityRecord record, Elements elements, Map<String, ?> others) {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(elements, "elements == null");
    if (!record.entity().name().equals(entity.name())) {
      throw new IllegalArgumentException("a " + record.entity().recordName() + " record is not a "
          + entity.recordName());
    }
    byte[] conversion = conversions;
    @Nullable Object[] values = new Object[conversion.length];
    for (int i = 0; i < values.length; i++) {
      Object value = record.valueAt(i);
      if (value == null || conversion[i] == AS_IS) {
        values[i] = value;
      } else if (conversion[i] == TO_INT) {
        values[i] = Math.toIntExact((Long) value);
      } else {
        Field field = entity.fields().get(i);
        ModelType<?> childType = childTypeAt(i);
        values[i] = owned(field, i, childType, elements.of(field, childType));
      }
    }
    Map<String, Object> held = owned(others);
    // A record whose unknown members are the other members held is the very record the model
    // stands for: kept, not rebuilt.
    boolean same = sameNames(record.unknownMembers(), held);
    return factory.create(record.id(), values, held, same ? record : null);
  }

  private static boolean sameNames(List<String> names, Map<String, Object> members) {
    if (names.size() != members.size()) {
      return false;
    }
    int i = 0;
    for (String name : members.keySet()) {
      if (!name.equals(names.get(i++))) {
        return false;
      }
    }
    return true;
  }

  /** A model of this type; the values are trusted (checked by the caller). */
  M create(@Nullable Long id, @Nullable Object[] values, Map<String, Object> others) {
    return factory.create(id, values, others, null);
  }

  /** {@code others}, checked as {@link #others} checks them, as the model's own unmodifiable map. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> owned(Map<String, ?> others) {
    if (others.isEmpty()) {
      return Map.of();
    }
    for (Map.Entry<String, ?> member : others.entrySet()) {
      Object value = member.getValue();
      if (!isName(member.getKey()) || plain(member.getKey(), value) != value) {
        return others(others); // refused, or a nested list or map: checked and copied whole
      }
    }
    return Collections.unmodifiableMap((Map<String, Object>) others);
  }

  /** Whether {@code name} may name another member: neither the {@code Id} nor a field. */
  private boolean isName(@Nullable String name) {
    return name != null && entity.field(name) == null && !WireNames.equalsIgnoreCase(name, "Id");
  }

  /**
   * {@code others} as a model holds them: unmodifiable, in their order, plain values checked.
   *
   * @throws IllegalArgumentException if a name is {@code Id} or a field's (as the server matches
   *     names), or a value is not a plain JSON value
   */
  Map<String, Object> others(Map<String, ?> others) {
    if (others.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> held = new LinkedHashMap<>();
    for (Map.Entry<String, ?> member : others.entrySet()) {
      String name = Objects.requireNonNull(member.getKey(), "a member's name == null");
      if (!isName(name)) {
        throw new IllegalArgumentException(name + " is " + (entity.field(name) != null ? "a field" : "the Id")
            + " of " + entity.recordName() + ", not another member: set it as such");
      }
      held.put(name, plain(name, member.getValue()));
    }
    return Collections.unmodifiableMap(held);
  }

  /** {@code elements}, checked as {@link #checked} checks them, as the model's own unmodifiable list. */
  private List<?> owned(Field field, int position, @Nullable ModelType<?> childType, List<?> elements) {
    for (Object element : elements) {
      if (childType != null) {
        childElement(field, childType, element);
      } else if (plain(field.wireName(), element) != element) {
        return (List<?>) checked(position, elements); // a nested list or map: copied whole
      }
    }
    return Collections.unmodifiableList(elements);
  }

  /**
   * {@code value} as the field at {@code position} holds it: a collection copied into an
   * unmodifiable list (null elements kept, as JSON has them).
   *
   * @throws IllegalArgumentException if it is not of the field's model type
   */
  @Nullable Object checked(int position, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    Field field = entity.fields().get(position);
    Class<?> expected = switch (field.type()) {
      case LONG -> Long.class;
      case INT, ENUM -> Integer.class;
      case DECIMAL -> BigDecimal.class;
      case BOOL -> Boolean.class;
      case STRING, DATE_TIME -> String.class;
      case CHILDREN, LIST -> List.class;
    };
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException(field.wireName() + " holds a " + expected.getSimpleName() + ", not a "
          + value.getClass().getSimpleName());
    }
    if (value instanceof List<?> elements) {
      ModelType<?> childType = field.type() == FieldType.CHILDREN ? childType(field) : null;
      List<Object> copy = new ArrayList<>(elements.size());
      for (Object element : elements) {
        copy.add(childType != null ? childElement(field, childType, element) : plain(field.wireName(), element));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  private static Object childElement(Field field, ModelType<?> childType, @Nullable Object element) {
    if (!childType.modelClass.isInstance(element)) {
      throw new IllegalArgumentException(field.wireName() + " holds " + childType.modelClass.getSimpleName()
          + " elements, not " + (element == null ? "null" : element.getClass().getSimpleName()));
    }
    return element;
  }

  /** A list element: a JSON value as plain Java, checked all the way down and copied unmodifiable. */
  private static @Nullable Object plain(String wireName, @Nullable Object element) {
    if (element == null || element instanceof String || element instanceof Boolean || element instanceof Long
        || element instanceof Integer || element instanceof BigDecimal) {
      return element;
    }
    if (element instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object each : list) {
        copy.add(plain(wireName, each));
      }
      return Collections.unmodifiableList(copy);
    }
    if (element instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!(member.getKey() instanceof String name)) {
          throw new IllegalArgumentException(wireName + ": a JSON object's member names are strings");
        }
        copy.put(name, plain(wireName, member.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(wireName + " holds JSON values (Long, BigDecimal, String, Boolean, "
        + "null, List, Map), not a " + element.getClass().getSimpleName());
  }

  @Override
  public String toString() {
    return "ModelType[" + modelClass.getSimpleName() + " of " + entity.name() + "]";
  }
}
