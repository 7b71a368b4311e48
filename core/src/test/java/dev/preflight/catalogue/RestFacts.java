package dev.preflight.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts read from Nexudus's REST reference pages (core/src/catalogue/rest-facts.tsv), one a
 * row, each with the page it comes from: {@code path} (module/collection, official or unknown),
 * {@code ops} (the operation pages seen), {@code checked} (a page whose request body was compared
 * with the catalogue), {@code name} (a field the page spells otherwise than the command-line
 * reference: command-line name, REST name, REST type), {@code missing} (a field the page lists and
 * the reference does not).
 */
record RestFacts(Map<String, CatalogueImportTest.ApiPath> officialPaths, Map<String, List<Rename>> renames,
    Map<String, List<String>> checked, Map<String, String> operations, Map<String, List<String[]>> missing) {

  /** A field the REST page spells {@code restName} where the reference gives {@code referenceName}. */
  record Rename(String referenceName, String restName, String restType, String page) {}

  static RestFacts read(Path file) throws IOException {
    Map<String, CatalogueImportTest.ApiPath> paths = new TreeMap<>();
    Map<String, List<Rename>> renames = new TreeMap<>();
    Map<String, List<String>> checked = new TreeMap<>();
    Map<String, String> operations = new TreeMap<>();
    Map<String, List<String[]>> missing = new TreeMap<>();
    if (!Files.exists(file)) {
      return new RestFacts(paths, renames, checked, operations, missing);
    }
    for (String[] row : CatalogueImportTest.rows(file)) {
      String entity = row[1];
      switch (row[0]) {
        case "path" -> {
          if (row[3].equals("official")) {
            paths.put(entity, new CatalogueImportTest.ApiPath(row[2], PathEvidence.OFFICIAL));
          }
        }
        case "ops" -> operations.put(entity, row[2]);
        case "checked" -> checked.computeIfAbsent(entity, key -> new ArrayList<>()).add(row[2]);
        case "name" -> renames.computeIfAbsent(entity, key -> new ArrayList<>())
            .add(new Rename(row[2], row[3], row[4], row[5]));
        case "missing" -> missing.computeIfAbsent(entity, key -> new ArrayList<>()).add(row);
        default -> throw new IOException(file + ": unknown kind of fact '" + row[0] + "'");
      }
    }
    return new RestFacts(paths, renames, checked, operations, missing);
  }

  /**
   * Whether a REST page's type is the catalogue type's JSON shape: a rename is taken only when it
   * is, so that a correction never changes what a field accepts.
   */
  static boolean sameShape(String restType, FieldType type) {
    return switch (restType) {
      case "integer" -> type == FieldType.LONG || type == FieldType.INT || type == FieldType.ENUM;
      case "number" -> type == FieldType.DECIMAL || type == FieldType.LONG || type == FieldType.INT;
      case "boolean" -> type == FieldType.BOOL;
      case "string" -> type == FieldType.STRING || type == FieldType.DATE_TIME;
      case "array" -> type == FieldType.CHILDREN || type == FieldType.LIST;
      default -> false;
    };
  }

  /** The REST spelling of each renamed field of {@code entity}, by the reference's spelling. */
  Map<String, Rename> restNames(String entity) {
    Map<String, Rename> names = new LinkedHashMap<>();
    for (Rename rename : renames.getOrDefault(entity, List.of())) {
      names.put(rename.referenceName(), rename);
    }
    return names;
  }
}
