package dev.preflight.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns one of Nexudus's generated entity reference files (skills/nexudus/references/entities/*.md
 * of Nexudus-Ltd/nexudus-coworking-skills) into an {@link Entity}: facts only, read from the
 * generated section's tables (create and update options, enum values, inline children) and its
 * "support" line. Descriptions are never read. A file it cannot read gives a reason instead.
 */
final class ReferenceImporter {
  private static final Pattern BEGIN = Pattern.compile("<!-- BEGIN:GENERATED entity=(\\w+) -->");
  private static final Pattern END = Pattern.compile("<!-- END:GENERATED entity=(\\w+) -->");
  private static final Pattern SECTION = Pattern.compile("^#### (\\w+) (create options|update options|enum values|inline children|list filter options|PII fields)\\s*$");
  private static final Pattern OPTION_ROW = Pattern.compile("^\\| `(--[a-z0-9-]+)` \\| ([^|]+?) \\|");
  private static final Pattern ENUM_CODE = Pattern.compile("`(-?\\d+)` ([^,]+?)(?:,|$)");
  private static final Pattern CHILD = Pattern.compile("^\\*\\*`(--[a-z0-9-]+)`\\*\\*");
  private static final Pattern WRITABLE = Pattern.compile("^Writable properties: (.*)$");
  private static final Pattern SUPPORTS = Pattern.compile("^\\w+ support ([A-Za-z, ]+)");

  /** An entity, or why the file gave none. */
  record Outcome(@Nullable Entity entity, @Nullable String problem) {}

  private record Option(String type, boolean required) {}

  private ReferenceImporter() {}

  /**
   * @param source the file and the commit it was read at, kept as the entity's provenance
   * @param apiPath the entity's REST path where another source gives it, else null
   * @param evidence what that path rests on (null with no path)
   * @param restNames the REST pages' spelling and type of fields whose command-line name differs,
   *     by the name the option gives; taken only where the REST type has the field's JSON shape
   * @param restOperations the operation pages seen for it ({@code put,post,delete,…}), which add to
   *     the "support" line's: an operation either source states is one the API offers
   */
  static Outcome read(String markdown, String source, @Nullable String apiPath, @Nullable PathEvidence evidence,
      Map<String, RestFacts.Rename> restNames, List<String> restOperations) {
    Matcher begin = BEGIN.matcher(markdown);
    if (!begin.find()) {
      return new Outcome(null, "no BEGIN:GENERATED marker");
    }
    Matcher end = END.matcher(markdown);
    if (!end.find(begin.end()) || !end.group(1).equals(begin.group(1))) {
      return new Outcome(null, "no END:GENERATED marker for " + begin.group(1));
    }
    String name = begin.group(1).toLowerCase(Locale.ROOT);
    String recordName = null;
    Set<Operation> operations = EnumSet.noneOf(Operation.class);
    boolean deletable = restOperations.contains("delete");
    if (restOperations.contains("post")) {
      operations.add(Operation.CREATE);
    }
    if (restOperations.contains("put")) {
      operations.add(Operation.UPDATE);
    }
    Map<String, Option> listFilters = new LinkedHashMap<>();
    Map<String, Option> create = new LinkedHashMap<>();
    Map<String, Option> update = new LinkedHashMap<>();
    Map<String, List<EnumValue>> enums = new LinkedHashMap<>();
    Map<String, List<String>> children = new LinkedHashMap<>();
    String section = "";
    String child = null;
    List<String> problems = new ArrayList<>();
    for (String line : markdown.substring(begin.end(), end.start()).split("\n")) {
      Matcher supports = SUPPORTS.matcher(line);
      if (supports.find() && line.contains(" support ")) {
        for (String operation : supports.group(1).split(",")) {
          switch (operation.strip()) {
            case "Create" -> operations.add(Operation.CREATE);
            case "Update" -> operations.add(Operation.UPDATE);
            case "Delete" -> deletable = true;
            default -> { }
          }
        }
      }
      Matcher heading = SECTION.matcher(line);
      if (heading.find()) {
        recordName = recordName == null ? heading.group(1) : recordName;
        section = heading.group(2);
        continue;
      }
      if (line.startsWith("#")) {
        section = "";
        continue;
      }
      Matcher row = OPTION_ROW.matcher(line);
      switch (section) {
        case "create options", "update options", "list filter options" -> {
          if (row.find()) {
            String[] type = row.group(2).split(",");
            Option option = new Option(type[0].strip(), type.length > 1 && type[1].strip().equals("required"));
            (section.startsWith("create") ? create : section.startsWith("update") ? update : listFilters)
                .put(row.group(1), option);
          }
        }
        case "enum values" -> {
          if (row.find()) {
            List<EnumValue> values = new ArrayList<>();
            Matcher code = ENUM_CODE.matcher(row.group(2));
            while (code.find()) {
              values.add(new EnumValue(Integer.parseInt(code.group(1)), code.group(2).strip()));
            }
            enums.put(row.group(1), values);
          }
        }
        case "inline children" -> {
          Matcher header = CHILD.matcher(line);
          Matcher writable = WRITABLE.matcher(line);
          if (header.find()) {
            child = header.group(1);
          } else if (writable.find() && child != null) {
            List<String> properties = new ArrayList<>();
            for (String property : writable.group(1).split(",")) {
              properties.add(property.strip().replace("`", ""));
            }
            children.put(child, properties);
          }
        }
        default -> { }
      }
    }
    if (recordName == null) {
      return new Outcome(null, "no options section in the generated part of " + begin.group(1));
    }
    List<String> options = new ArrayList<>(create.keySet());
    update.keySet().stream().filter(option -> !create.containsKey(option)).forEach(options::add);
    listFilters.keySet().stream().filter(option -> !options.contains(option)).forEach(options::add);
    List<Field> fields = new ArrayList<>();
    for (String option : options) {
      Option described = create.getOrDefault(option, update.getOrDefault(option, listFilters.get(option)));
      FieldType type = FieldType.fromReferenceName(described.type());
      if (type == null) {
        problems.add(option + ": unknown type '" + described.type() + "'");
        continue;
      }
      Option onCreate = create.get(option);
      String wireName = WireNames.fromOption(option);
      RestFacts.Rename rename = restNames.get(wireName);
      if (rename != null && RestFacts.sameShape(rename.restType(), type)) {
        wireName = rename.restName();
      }
      fields.add(new Field(wireName, type, onCreate != null && onCreate.required(),
          onCreate != null, update.containsKey(option), type == FieldType.ENUM ? enums.getOrDefault(option, List.of())
              : List.of(), type == FieldType.CHILDREN ? children.getOrDefault(option, List.of()) : List.of()));
    }
    if (!problems.isEmpty()) {
      return new Outcome(null, String.join("; ", problems));
    }
    return new Outcome(new Entity(name, recordName, apiPath, evidence, operations, deletable, source, fields), null);
  }
}
