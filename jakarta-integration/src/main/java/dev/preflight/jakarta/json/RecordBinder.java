package dev.preflight.jakarta.json;

import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ValidationError;
import dev.preflight.catalogue.Entity;
import dev.preflight.validation.ReadResult;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.WireNames;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds one JSON object to a record of a catalogue entity, as {@link EmailAccountBinder} does for
 * EmailAccount: names matched as the server matches them, each value held to its field's JSON type
 * (docs/catalogue.md), duplicates and (in strict mode) unknown members reported, unknown members
 * kept by name, nesting and size held to the limits. A child collection is kept as its number of
 * elements, each of which must be an object. Immutable and thread-safe.
 */
final class RecordBinder implements ObjectBinder<ReadResult<EntityRecord>> {
  private static final String ID = "Id";
  /** The slot of {@code Id}; field {@code i} of the entity is slot {@code i + 1}. */
  private static final int ID_SLOT = 0;
  /** What became of a slot's member so far. */
  private static final byte UNSEEN = 0;
  private static final byte READ = 1;
  private static final byte FAILED = 2;

  private final Entity entity;
  private final JsonLimits limits;
  private final boolean strict;
  /** Slots by exact wire name: the common case, before the server's ignore-case match. */
  private final Map<String, Integer> exactSlots = new HashMap<>();
  /** Each slot's wire name in UTF-8, and its type ({@code Id}'s is LONG). */
  private final byte[][] slotNames;
  private final FieldType[] slotTypes;

  /**
   * Where a typed reader keeps the elements of the record's collections, which the record itself
   * holds as their number, and the values of its unknown members, which it holds by name ({@link
   * ModelBinder}); one per record read.
   */
  interface Collections {
    /** Reads the array ahead (at nesting {@code level}) of the field at {@code position}: its number of elements. */
    int read(Utf8JsonScanner scanner, int position, int level);

    /**
     * Reads the array whose START_ARRAY was just read (at nesting {@code level}) of the field at
     * {@code position}: its number of elements, or the {@link ValidationError} {@link #elements}
     * would give.
     */
    Object read(JsonParser parser, int position, int level);

    /** Reads the value ahead of a member the entity does not document, in place of skipping it. */
    void unknown(String name, Utf8JsonScanner scanner);

    /** Reads the value of a member the entity does not document, that starts with {@code value}, in place of skipping it. */
    void unknown(String name, JsonParser parser, Event value, int depth);
  }

  RecordBinder(Entity entity, JsonLimits limits, boolean strict) {
    this.entity = entity;
    this.limits = limits;
    this.strict = strict;
    exactSlots.put(ID, ID_SLOT);
    for (int i = 0; i < entity.fields().size(); i++) {
      exactSlots.put(entity.fields().get(i).wireName(), i + 1);
    }
    slotNames = new byte[entity.fields().size() + 1][];
    slotTypes = new FieldType[slotNames.length];
    slotNames[ID_SLOT] = ID.getBytes(StandardCharsets.UTF_8);
    slotTypes[ID_SLOT] = FieldType.LONG;
    for (int i = 0; i < entity.fields().size(); i++) {
      slotNames[i + 1] = entity.fields().get(i).wireName().getBytes(StandardCharsets.UTF_8);
      slotTypes[i + 1] = entity.fields().get(i).type();
    }
  }

  Entity entity() {
    return entity;
  }

  @Override
  public JsonLimits limits() {
    return limits;
  }

  @Override
  public ReadResult<EntityRecord> bodyError(ValidationError error) {
    return ReadResult.bodyError(error);
  }

  @Override
  public ReadResult<EntityRecord> readObject(JsonParser parser, int depth, long endOffset) {
    return readObject(parser, depth, endOffset, null);
  }

  /** {@link #readObject}, the elements of each collection kept in {@code collections} when there are some. */
  ReadResult<EntityRecord> readObject(JsonParser parser, int depth, long endOffset, @Nullable Collections collections) {
    if (depth > limits.maxDepth()) {
      throw new JsonValues.TooDeep(depth);
    }
    List<Field> fields = entity.fields();
    Object[] values = new Object[fields.size() + 1];
    byte[] state = new byte[fields.size() + 1];
    List<ValidationError> errors = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      if (JsonValues.isPast(parser, endOffset)) {
        JsonValues.skipValue(parser, Event.START_OBJECT, depth - 1, limits.maxDepth());
        return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
      }
      String name = parser.getString();
      Event value = parser.next();
      int slot = slot(name);
      if (slot < 0) {
        unknown.add(name);
        if (strict) {
          errors.add(InputErrors.unknownProperty(name));
        }
        if (collections != null) {
          collections.unknown(name, parser, value, depth);
        } else {
          JsonValues.skipValue(parser, value, depth, limits.maxDepth());
        }
        continue;
      }
      Field field = slot == ID_SLOT ? null : fields.get(slot - 1);
      if (state[slot] != UNSEEN) {
        Object second = JsonValues.rawValue(parser, value, depth, limits.maxDepth());
        if (state[slot] != FAILED) {
          errors.add(shown(field, InputErrors.duplicate(wireName(field), echo(wireName(field), second))));
          values[slot] = null;
          state[slot] = FAILED;
        }
        continue;
      }
      FieldType type = field == null ? FieldType.LONG : field.type();
      Object read = collections != null && value == Event.START_ARRAY && isCollection(type)
          ? collections.read(parser, slot - 1, depth + 1)
          : readValue(parser, value, depth, type, wireName(field));
      if (read instanceof ValidationError error) {
        errors.add(shown(field, error));
        state[slot] = FAILED;
      } else {
        values[slot] = read;
        state[slot] = READ;
      }
    }
    if (JsonValues.isPast(parser, endOffset)) {
      return ReadResult.bodyError(InputErrors.tooLarge(limits.maxBytes()));
    }
    List<Object> inFieldOrder = Arrays.asList(values).subList(ID_SLOT + 1, values.length);
    return ReadResult.of(EntityRecord.inFieldOrder(entity, (Long) values[ID_SLOT], inFieldOrder, unknown), errors);
  }

  @Override
  public ReadResult<EntityRecord> readMembers(Utf8JsonScanner scanner) {
    return ReadResult.of(readRecord(scanner, null), List.of());
  }

  /**
   * {@link #readMembers}'s record (it never has a reading error), the elements of each collection
   * kept in {@code collections} when there are some.
   */
  EntityRecord readRecord(Utf8JsonScanner scanner, @Nullable Collections collections) {
    Object[] values = new Object[slotNames.length - 1];
    boolean[] seen = new boolean[slotNames.length];
    Long id = null;
    List<String> unknown = List.of();
    int expected = ID_SLOT;
    for (int slot = scanner.member(slotNames, expected); slot != Utf8JsonScanner.END; slot = scanner.member(slotNames, expected)) {
      if (slot == Utf8JsonScanner.OTHER) {
        String name = scanner.name();
        slot = slot(name);
        if (slot < 0) {
          if (strict) {
            throw Utf8JsonScanner.NotRead.INSTANCE;
          }
          unknown = unknown.isEmpty() ? new ArrayList<>() : unknown;
          unknown.add(name);
          if (collections != null) {
            collections.unknown(name, scanner);
          } else {
            scanner.skipValue(1, limits.maxDepth());
          }
          continue;
        }
      }
      if (seen[slot]) {
        throw Utf8JsonScanner.NotRead.INSTANCE;
      }
      seen[slot] = true;
      expected = slot + 1;
      Object value = collections != null && isCollection(slotTypes[slot]) && scanner.valueStart() == '['
          ? (Object) collections.read(scanner, slot - 1, 2)
          : value(scanner, slotTypes[slot]);
      if (slot == ID_SLOT) {
        id = (Long) value;
      } else {
        values[slot - 1] = value;
      }
    }
    return EntityRecord.inFieldOrder(entity, id, Arrays.asList(values), unknown);
  }

  /** The value ahead as a field of {@code type} has it; anything {@link #readValue} would refuse throws. */
  private @Nullable Object value(Utf8JsonScanner scanner, FieldType type) {
    switch (scanner.valueStart()) {
      case 'n':
        scanner.skipNull();
        return null;
      case '"':
        if (type != FieldType.STRING && type != FieldType.DATE_TIME) {
          throw Utf8JsonScanner.NotRead.INSTANCE;
        }
        String text = scanner.string();
        if (text.length() > limits.maxStringLength()) {
          throw Utf8JsonScanner.NotRead.INSTANCE;
        }
        return text;
      case 't', 'f':
        if (type != FieldType.BOOL) {
          throw Utf8JsonScanner.NotRead.INSTANCE;
        }
        return scanner.bool();
      case '[':
        if (type != FieldType.CHILDREN && type != FieldType.LIST) {
          throw Utf8JsonScanner.NotRead.INSTANCE;
        }
        return scanner.elements(type == FieldType.CHILDREN, 2, limits.maxDepth());
      default:
        return switch (type) {
          case LONG, ENUM -> scanner.integer(true);
          case INT -> scanner.integer(false);
          case DECIMAL -> scanner.decimal();
          default -> throw Utf8JsonScanner.NotRead.INSTANCE;
        };
    }
  }

  private static String wireName(@Nullable Field field) {
    return field == null ? ID : field.wireName();
  }

  /** {@code error} with its AttemptedValue redacted when the field is a secret. */
  private static ValidationError shown(@Nullable Field field, ValidationError error) {
    return field == null || !field.secret() ? error
        : new ValidationError(error.propertyName(), field.shown(error.attemptedValue()), error.message());
  }

  /** The slot of the member so named, or -1 when the entity does not document it. */
  private int slot(String name) {
    Integer exact = exactSlots.get(name);
    if (exact != null) {
      return exact;
    }
    if (WireNames.equalsIgnoreCase(name, ID)) {
      return ID_SLOT;
    }
    Field field = entity.field(name);
    return field == null ? -1 : entity.position(field) + 1;
  }

  /**
   * The value of a field of {@code type} (null for JSON null), or the {@link ValidationError} that
   * keeps it from being read.
   */
  private @Nullable Object readValue(JsonParser parser, Event value, int depth, FieldType type, String wireName) {
    switch (value) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING: {
        String text = parser.getString();
        if (text.length() > limits.maxStringLength()) {
          return InputErrors.stringTooLong(wireName, text, limits.maxStringLength());
        }
        return type == FieldType.STRING || type == FieldType.DATE_TIME ? text : wrongType(wireName, type, text);
      }
      case VALUE_NUMBER: {
        String text = parser.getString();
        Object number = switch (type) {
          case LONG, ENUM -> JsonValues.integer(text, true);
          case INT -> JsonValues.integer(text, false) instanceof Integer n ? (Object) n.longValue() : null;
          case DECIMAL -> JsonValues.decimal(text);
          default -> null;
        };
        return number != null ? number : wrongType(wireName, type, JsonValues.number(text));
      }
      case VALUE_TRUE:
      case VALUE_FALSE: {
        Boolean flag = value == Event.VALUE_TRUE;
        return type == FieldType.BOOL ? flag : wrongType(wireName, type, flag);
      }
      case START_ARRAY:
        if (type == FieldType.CHILDREN || type == FieldType.LIST) {
          return elements(parser, depth + 1, wireName, type);
        }
        JsonValues.skipValue(parser, value, depth, limits.maxDepth());
        return wrongType(wireName, type, null);
      default:
        JsonValues.skipValue(parser, value, depth, limits.maxDepth());
        return wrongType(wireName, type, null);
    }
  }

  /**
   * The number of elements of an array whose START_ARRAY was just read: of a child collection, each
   * must be an object; of a list, any value.
   */
  private Object elements(JsonParser parser, int level, String wireName, FieldType type) {
    if (level > limits.maxDepth()) {
      throw new JsonValues.TooDeep(level);
    }
    int count = 0;
    boolean objects = true;
    for (Event element = parser.next(); element != Event.END_ARRAY; element = parser.next()) {
      objects &= type == FieldType.LIST || element == Event.START_OBJECT;
      JsonValues.skipValue(parser, element, level, limits.maxDepth());
      count++;
    }
    return objects ? (Object) count : wrongType(wireName, type, null);
  }

  private static boolean isCollection(FieldType type) {
    return type == FieldType.CHILDREN || type == FieldType.LIST;
  }

  static ValidationError wrongType(String wireName, FieldType type, @Nullable Object attempted) {
    return new ValidationError(wireName, attempted, type.wrongTypeMessage());
  }

  /** The value as it may be echoed: strings over the limit are cut by {@link InputErrors}. */
  private @Nullable Object echo(String wireName, @Nullable Object raw) {
    if (raw instanceof String text && text.length() > limits.maxStringLength()) {
      return InputErrors.stringTooLong(wireName, text, limits.maxStringLength()).attemptedValue();
    }
    return raw;
  }
}
