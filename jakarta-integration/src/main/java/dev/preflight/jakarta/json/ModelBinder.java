package dev.preflight.jakarta.json;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationError;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds one JSON object to a generated model: the entity's {@link RecordBinder} reads the record,
 * so every reading error, limit and envelope is the record's, and the elements of its collections
 * are kept as the model holds them: a list's as plain values, an inline collection's as models of
 * the child entity, each read leniently (a child member the child's reader cannot read is left
 * out, as the record's reader does not look inside elements; the JSON documents keep it); and the
 * values of the members the entity does not document, as other members.
 * Immutable and thread-safe.
 */
final class ModelBinder<M extends EntityModel> implements ObjectBinder<ReadResult<M>> {
  private static final List<?>[] NO_COLLECTIONS = new List<?>[0];
  /**
   * A list element's number a model cannot hold (over 64 characters, or an exponent beyond an
   * int): the one reading error a typed reader gives that the record's does not (decision 0019).
   */
  static final String UNHELD_NUMBER = "is not a valid number";

  private final ModelType<M> type;
  private final RecordBinder records;
  /** By field position: the binder of an inline collection's elements, null for other fields. */
  private final @Nullable ModelBinder<?>[] children;
  /** By field position: where a collection's elements are kept in {@link Collected}, -1 for other fields. */
  private final int[] collectionIndex;
  private final int collections;

  ModelBinder(ModelType<M> type, JsonLimits limits, boolean strict) {
    this.type = type;
    this.records = new RecordBinder(type.entity(), limits, strict);
    List<Field> fields = type.entity().fields();
    this.children = new ModelBinder<?>[fields.size()];
    // An element is an object inside the record (level 1) and its array (level 2).
    JsonLimits childLimits = new JsonLimits(limits.maxBytes(), Math.max(1, limits.maxDepth() - 2),
        limits.maxStringLength());
    this.collectionIndex = new int[fields.size()];
    int found = 0;
    for (int i = 0; i < fields.size(); i++) {
      ModelType<?> childType = type.childType(fields.get(i));
      if (childType != null) {
        children[i] = new ModelBinder<>(childType, childLimits, false);
      }
      FieldType fieldType = fields.get(i).type();
      collectionIndex[i] = fieldType == FieldType.CHILDREN || fieldType == FieldType.LIST ? found++ : -1;
    }
    this.collections = found;
  }

  @Override
  public JsonLimits limits() {
    return records.limits();
  }

  @Override
  public ReadResult<M> bodyError(ValidationError error) {
    return ReadResult.bodyError(error);
  }

  @Override
  public ReadResult<M> readObject(JsonParser parser, int depth, long endOffset) {
    Collected elements = new Collected();
    return records.readObject(parser, depth, endOffset, elements)
        .map(record -> type.fromRecord(record, elements, elements.others));
  }

  @Override
  public ReadResult<M> readMembers(Utf8JsonScanner scanner) {
    return ReadResult.of(readModel(scanner), List.of());
  }

  /** {@link #readMembers}'s model (it never has a reading error): for the elements of a parent's collection too. */
  M readModel(Utf8JsonScanner scanner) {
    Collected elements = new Collected();
    EntityRecord record = records.readRecord(scanner, elements);
    return type.fromRecord(record, elements, elements.others);
  }

  /** The elements of one record's collections, by field position, and the values of its unknown members. */
  private final class Collected implements RecordBinder.Collections, ModelType.Elements {
    private final @Nullable List<?>[] read = collections == 0 ? NO_COLLECTIONS : new List<?>[collections];
    /** The unknown members' values, in the order read (a name twice: its last value, as JSON-P keeps it). */
    private Map<String, Object> others = Map.of();

    @Override
    public void unknown(String name, Utf8JsonScanner scanner) {
      keep(name, scanner.plain(1, limits().maxDepth()));
    }

    @Override
    public void unknown(String name, JsonParser parser, Event value, int depth) {
      boolean[] unheld = new boolean[1];
      Object plain = JsonValues.plainValue(parser, value, depth, limits().maxDepth(), unheld);
      if (!unheld[0]) {
        keep(name, plain); // a number no model holds stays in the document only (decision 0019)
      }
    }

    private void keep(String name, @Nullable Object value) {
      if (others.isEmpty()) {
        others = new LinkedHashMap<>();
      }
      others.put(name, value);
    }

    @Override
    public int read(Utf8JsonScanner scanner, int position, int level) {
      int maxDepth = limits().maxDepth();
      ModelBinder<?> child = children[position];
      List<Object> elements = new ArrayList<>();
      for (boolean more = scanner.openArray(level, maxDepth); more; more = scanner.nextElement()) {
        if (child == null) {
          elements.add(scanner.plain(level, maxDepth));
        } else {
          if (scanner.valueStart() != '{') {
            throw Utf8JsonScanner.NotRead.INSTANCE;
          }
          scanner.openObject();
          elements.add(child.readModel(scanner));
        }
      }
      read[collectionIndex[position]] = elements;
      return elements.size();
    }

    @Override
    public Object read(JsonParser parser, int position, int level) {
      int maxDepth = limits().maxDepth();
      if (level > maxDepth) {
        throw new JsonValues.TooDeep(level);
      }
      ModelBinder<?> child = children[position];
      List<Object> elements = new ArrayList<>();
      boolean objects = true;
      boolean[] unheld = new boolean[1];
      for (Event element = parser.next(); element != Event.END_ARRAY; element = parser.next()) {
        Object value = JsonValues.plainValue(parser, element, level, maxDepth, unheld);
        if (child == null) {
          elements.add(value);
        } else if (value instanceof Map<?, ?> members) {
          String json = EntityModel.toJsonValue(members);
          // Rare (the general path): the element read again from its own JSON, by the child's reader.
          Object model = lenient(new BodyReader<>(child).read(json.getBytes(StandardCharsets.UTF_8)));
          objects &= model != null;
          elements.add(model);
        } else {
          objects = false;
        }
      }
      if (!objects) {
        return RecordBinder.wrongType(wireName(position), FieldType.CHILDREN, null);
      }
      if (unheld[0] && child == null) {
        return new ValidationError(wireName(position), null, UNHELD_NUMBER);
      }
      read[collectionIndex[position]] = elements;
      return elements.size();
    }

    @Override
    public List<?> of(Field field, @Nullable ModelType<?> childType) {
      List<?> elements = read[collectionIndex[type.entity().position(field)]];
      if (elements == null) {
        throw new IllegalStateException(field.wireName() + "'s elements were not read");
      }
      return elements;
    }

    private String wireName(int position) {
      return type.entity().fields().get(position).wireName();
    }
  }

  /** The element read, its members of a wrong type left out (the record's reader does not look inside elements). */
  private static @Nullable Object lenient(ReadResult<?> element) {
    Object[] partial = new Object[1];
    element.validate((model, errors) -> {
      partial[0] = model;
      return null;
    });
    return partial[0];
  }
}
