package dev.preflight.entities.generator;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EnumValue;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Java source of one entity's model: an immutable {@code EntityModel} named after the record,
 * an accessor, a {@code with…} copy, a builder setter and a typed filter per field, an enum per enum
 * field with codes. Everything it says comes from the catalogue's facts (docs/models.md).
 */
final class ModelSource {
  /** The package of the generated models. */
  static final String PACKAGE = "dev.preflight.entities";
  /** Simple names a generated file uses for other types: a nested enum may not take one. */
  private static final Set<String> USED_NAMES = Set.of("Builder", "Long", "Integer", "String", "Boolean", "Object",
      "Override", "SuppressWarnings", "EntityRecord", "List", "Map", "Optional", "BigDecimal", "EntityModel", "ModelBuilder",
      "ModelType", "TypedField", "EnumCode", "Nullable", "TYPE");

  private final EntityCatalogue catalogue;
  private final Entity entity;
  private final String className;
  private final List<FieldSource> fields = new ArrayList<>();

  /** One field as the model names it. */
  record FieldSource(Field field, int position, String accessor, String constant, String javaType,
      String enumType, String childClass) {
    boolean hasEnum() {
      return !enumType.isEmpty();
    }
  }

  ModelSource(EntityCatalogue catalogue, Entity entity) {
    this.catalogue = catalogue;
    this.entity = entity;
    this.className = entity.recordName();
    Set<String> nestedNames = new HashSet<>(USED_NAMES);
    nestedNames.add(className);
    for (int i = 0; i < entity.fields().size(); i++) {
      Field field = entity.fields().get(i);
      String enumType = "";
      if (field.type() == FieldType.ENUM && !field.enumValues().isEmpty()) {
        enumType = field.wireName();
        while (!nestedNames.add(enumType)) {
          enumType = enumType + "Code";
        }
      }
      String childClass = field.type() == FieldType.CHILDREN ? childEntity(field).recordName() : "";
      fields.add(new FieldSource(field, i, JavaNames.accessor(field.wireName()), JavaNames.constant(field.wireName()),
          javaType(field, childClass), enumType, childClass));
    }
  }

  /** The model's class name: the record's name ({@code Booking}). */
  String className() {
    return className;
  }

  List<FieldSource> fields() {
    return fields;
  }

  /**
   * The entity an inline collection's elements are records of: the entity named as the field
   * ({@code BookingProducts}: bookingproducts), else as the record and the field ({@code TimeSlots}
   * of a Resource: resourcetimeslots).
   *
   * @throws IllegalStateException if the catalogue holds neither
   */
  Entity childEntity(Field field) {
    for (String name : List.of(field.wireName(), entity.recordName() + field.wireName())) {
      Optional<Entity> child = catalogue.entity(name.toLowerCase(Locale.ROOT));
      if (child.isPresent()) {
        return child.get();
      }
    }
    throw new IllegalStateException(entity.name() + "." + field.wireName() + ": no entity of the catalogue is its "
        + "elements' (neither " + field.wireName().toLowerCase(Locale.ROOT) + " nor "
        + (entity.recordName() + field.wireName()).toLowerCase(Locale.ROOT) + ")");
  }

  /** The Java type of a field's value in the model. */
  static String javaType(Field field, String childClass) {
    return switch (field.type()) {
      case LONG -> "Long";
      case INT, ENUM -> "Integer";
      case DECIMAL -> "BigDecimal";
      case BOOL -> "Boolean";
      case STRING, DATE_TIME -> "String";
      case CHILDREN -> "List<" + childClass + ">";
      case LIST -> "List<?>";
    };
  }

  /** The whole compilation unit. */
  String source() {
    StringBuilder out = new StringBuilder(8192 + 1500 * fields.size());
    out.append("package ").append(PACKAGE).append(";\n\n");
    out.append("import dev.preflight.catalogue.EntityRecord;\n");
    out.append("import dev.preflight.emailaccount.EnumCode;\n");
    out.append("import dev.preflight.model.EntityModel;\n");
    out.append("import dev.preflight.model.ModelBuilder;\n");
    out.append("import dev.preflight.model.ModelType;\n");
    out.append("import dev.preflight.model.TypedField;\n");
    out.append("import java.math.BigDecimal;\n");
    out.append("import java.util.List;\n");
    out.append("import java.util.Map;\n");
    out.append("import java.util.Optional;\n");
    out.append("import org.jspecify.annotations.Nullable;\n\n");
    out.append("/**\n * A ").append(className).append(" record: a model of the catalogue's {@code ").append(entity.name())
        .append("}");
    if (entity.apiPath() != null) {
      out.append(" ({@code /api/").append(JavaNames.javadoc(entity.apiPath())).append("})");
    }
    out.append(", ").append(fields.size()).append(fields.size() == 1 ? " field" : " fields")
        .append(" and the {@code Id}.\n * Writes offered: ")
        .append(entity.writes().isEmpty() ? "none (read only)" : String.join(", ", entity.writes()))
        .append(".\n *\n * <p>Generated from the catalogue (facts from ").append(JavaNames.javadoc(entity.source()))
        .append("); see {@link EntityModel} for the values it holds. Immutable; {@link #toString()} hides secrets.\n */\n");
    out.append("public final class ").append(className).append(" extends EntityModel {\n");
    appendType(out);
    appendFilters(out);
    out.append("\n  private ").append(className)
        .append("(@Nullable Long id, @Nullable Object[] values, Map<String, Object> others,\n")
        .append("      @Nullable EntityRecord record) {\n")
        .append("    super(TYPE, id, values, others, record);\n  }\n\n");
    out.append("  /** A builder with every field absent. */\n  public static Builder builder() {\n")
        .append("    return new Builder();\n  }\n\n");
    out.append("  /** A builder holding this record's values. */\n  public Builder toBuilder() {\n")
        .append("    return new Builder(this);\n  }\n\n");
    out.append("  /** A copy with the {@code Id} {@code id} (null: a record to create). */\n  public ").append(className)
        .append(" withId(@Nullable Long id) {\n    return withIdOf(id);\n  }\n");
    for (FieldSource field : fields) {
      appendAccessors(out, field);
    }
    appendBuilder(out);
    for (FieldSource field : fields) {
      if (field.hasEnum()) {
        appendEnum(out, field);
      }
    }
    out.append("}\n");
    return out.toString();
  }

  private void appendType(StringBuilder out) {
    out.append("  /** This model's type: its entity, how it is made from a record. */\n");
    out.append("  public static final ModelType<").append(className).append("> TYPE = ModelType.register(")
        .append(className).append(".class, ").append(literal(entity.name())).append(",\n      List.of(");
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : i % 6 == 0 ? ",\n          " : ", ").append(literal(fields.get(i).field().wireName()));
    }
    out.append("),\n      Map.of(");
    String separator = "";
    for (FieldSource field : fields) {
      if (!field.childClass().isEmpty()) {
        out.append(separator).append(literal(field.field().wireName())).append(", ").append(field.childClass())
            .append(".class");
        separator = ", ";
      }
    }
    out.append("),\n      ").append(className).append("::new);\n");
  }

  private void appendFilters(StringBuilder out) {
    for (FieldSource field : fields) {
      out.append("  /** ").append(fieldFacts(field)).append(" */\n");
      out.append("  public static final TypedField<").append(className).append(", ").append(boxed(field))
          .append("> ").append(field.constant()).append(" = TypedField.of(TYPE, ").append(field.position())
          .append(");\n");
    }
  }

  /** The type a filter compares with: an element's for a collection. */
  private static String boxed(FieldSource field) {
    return field.javaType().startsWith("List") ? "Object" : field.javaType();
  }

  private void appendAccessors(StringBuilder out, FieldSource field) {
    String type = field.javaType();
    String wire = field.field().wireName();
    String capitalised = Character.toUpperCase(field.accessor().charAt(0)) + field.accessor().substring(1);
    String withName = "with" + (capitalised.endsWith("Value") && !wire.endsWith("Value")
        ? capitalised.substring(0, capitalised.length() - 5) : capitalised);
    out.append("\n  /** ").append(fieldFacts(field)).append(" */\n");
    if (type.startsWith("List")) {
      out.append("  @SuppressWarnings(\"unchecked\")\n");
    }
    out.append("  public @Nullable ").append(type).append(' ').append(field.accessor()).append("() {\n")
        .append("    return (").append(type).append(") valueAt(").append(field.position()).append(");\n  }\n");
    if (field.hasEnum()) {
      out.append("\n  /** {@code ").append(wire).append("} as a known code; empty when absent or not one the catalogue lists. */\n")
          .append("  public Optional<").append(field.enumType()).append("> known").append(capitalised).append("() {\n")
          .append("    return ").append(field.enumType()).append(".fromCode(").append(field.accessor())
          .append("());\n  }\n");
    }
    out.append("\n  /** A copy with {@code ").append(wire).append("} set to {@code value} (null clears it). */\n")
        .append("  public ").append(className).append(' ').append(withName).append("(@Nullable ")
        .append(parameterType(type)).append(" value) {\n")
        .append("    return with(").append(field.position()).append(", value);\n  }\n");
    if (field.hasEnum()) {
      out.append("\n  /** A copy with {@code ").append(wire).append("} set to {@code value}'s code. */\n")
          .append("  public ").append(className).append(' ').append(withName).append('(').append(field.enumType())
          .append(" value) {\n    return with(").append(field.position()).append(", value.code());\n  }\n");
    }
  }

  /** What a setter takes: any list of the elements' type. */
  private static String parameterType(String type) {
    return type.equals("List<?>") ? "List<?>" : type.startsWith("List<") ? "List<? extends " + type.substring(5) : type;
  }

  private void appendBuilder(StringBuilder out) {
    out.append("\n  /** Collects a ").append(className).append("'s values; {@link #build()} copies them. Not thread-safe. */\n");
    out.append("  public static final class Builder extends ModelBuilder<").append(className).append(", Builder> {\n");
    out.append("    private Builder() {\n      super(TYPE);\n    }\n\n");
    out.append("    private Builder(").append(className).append(" model) {\n      super(TYPE, model);\n    }\n");
    for (FieldSource field : fields) {
      String wire = field.field().wireName();
      out.append("\n    /** Sets {@code ").append(wire).append("} (null: absent). */\n")
          .append("    public Builder ").append(field.accessor()).append("(@Nullable ")
          .append(parameterType(field.javaType())).append(" value) {\n")
          .append("      return set(").append(field.position()).append(", value);\n    }\n");
      if (field.hasEnum()) {
        out.append("\n    /** Sets {@code ").append(wire).append("} to {@code value}'s code. */\n")
            .append("    public Builder ").append(field.accessor()).append('(').append(field.enumType())
            .append(" value) {\n      return set(").append(field.position()).append(", value.code());\n    }\n");
      }
    }
    out.append("  }\n");
  }

  private void appendEnum(StringBuilder out, FieldSource field) {
    out.append("\n  /** The codes of {@code ").append(field.field().wireName()).append("} the catalogue lists. */\n");
    out.append("  public enum ").append(field.enumType()).append(" implements EnumCode {\n");
    Set<String> constants = new HashSet<>();
    List<EnumValue> values = field.field().enumValues();
    for (int i = 0; i < values.size(); i++) {
      EnumValue value = values.get(i);
      String constant = JavaNames.constant(value.name());
      if (!constants.add(constant)) {
        constant = constant + "_" + (value.code() < 0 ? "MINUS_" + -value.code() : value.code());
        constants.add(constant);
      }
      out.append("    /** Code {@code ").append(value.code()).append("}. */\n    ").append(constant).append('(')
          .append(value.code()).append(", ").append(literal(value.name())).append(')')
          .append(i == values.size() - 1 ? ";\n" : ",\n");
    }
    String type = field.enumType();
    out.append("\n    private final int code;\n    private final String apiName;\n\n");
    out.append("    ").append(type).append("(int code, String apiName) {\n      this.code = code;\n")
        .append("      this.apiName = apiName;\n    }\n\n");
    out.append("    @Override\n    public int code() {\n      return code;\n    }\n\n");
    out.append("    @Override\n    public String apiName() {\n      return apiName;\n    }\n\n");
    out.append("    /** The value with this code; empty for null or a code the catalogue does not list. */\n")
        .append("    public static Optional<").append(type).append("> fromCode(@Nullable Integer code) {\n")
        .append("      return code == null ? Optional.empty() : EnumCode.find(values(), code);\n    }\n  }\n");
  }

  /** The facts of a field, for its Javadoc: wire name, type, when it is sent and required, its codes. */
  String fieldFacts(FieldSource source) {
    Field field = source.field();
    StringBuilder facts = new StringBuilder("{@code ").append(field.wireName()).append("}: ")
        .append(JavaNames.javadoc(field.type().referenceName()));
    List<String> sent = new ArrayList<>(2);
    if (field.onCreate()) {
      sent.add("create");
    }
    if (field.onUpdate()) {
      sent.add("update");
    }
    facts.append(", sent on ").append(sent.isEmpty() ? "neither create nor update" : String.join(" and ", sent));
    if (field.requiredOnCreate()) {
      facts.append(", required on create").append(field.enforcedAsRequired() ? "" : " (the server binds a default)");
    }
    if (field.secret()) {
      facts.append(", a secret (never shown)");
    }
    if (!field.enumValues().isEmpty()) {
      facts.append("; codes ").append(field.enumValues().stream()
          .map(value -> value.code() + " " + JavaNames.javadoc(value.name())).collect(Collectors.joining(", ")));
    }
    if (!source.childClass().isEmpty()) {
      facts.append("; elements are {@link ").append(source.childClass()).append("} records, writable inline: ")
          .append(String.join(", ", field.childProperties()));
    }
    return facts.append('.').toString();
  }

  /** {@code text} as a Java string literal. */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20) {
        literal.append(String.format(Locale.ROOT, "\\%03o", (int) c)); // an escaped line end would end the line
      } else if (c > 0x7e) {
        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

}
