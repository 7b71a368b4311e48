package dev.preflight.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The list answer of {@code GET /api/<module>/<collection>}: filters {@code <Record>_<Member>=}
 * ({@code EmailAccount_Name}, a relation by its name without {@code Id}: {@code
 * CoworkerInvoiceLine_CoworkerInvoice}; a text member contains the value, ignoring case; any other is equal
 * to it), range filters {@code from_<Record>_<Member>=} and {@code to_…} (at least, at most; a
 * value that cannot be compared with the member matches nothing), {@code orderBy} (a member, {@code Id} unless set), {@code dir} ({@code -1} descending,
 * anything else ascending), {@code page} (from 1) and {@code size} (25 unless set, at least 1: no official page gives a largest size).
 * Records are projections, as Nexudus's are: the stored documents without their collections (the
 * members whose value is an array).
 */
final class SimulatedList {
  static final int DEFAULT_SIZE = 25;
  /** The prefixes of Nexudus's range filters: {@code from_Booking_FromTime}, {@code to_Booking_FromTime}. */
  private static final String FROM = "from_";
  private static final String TO = "to_";

  private SimulatedList() {}

  /** The page {@code query} asks for of the records whose documents are {@code documents}. */
  static SimulatedAnswer page(String recordName, Collection<String> documents, String query) {
    Map<String, String> parameters = SimulatedTokens.form(query);
    int page = number(parameters.get("page"), 1);
    int size = number(parameters.get("size"), DEFAULT_SIZE);
    if (page < 1 || size < 1) {
      return SimulatedAnswer.json(400, "{\"Message\":\"The request is invalid.\"}");
    }
    String orderBy = parameters.getOrDefault("orderBy", "Id");
    // The REST reference's list pages: 1 ascending, -1 descending (decision 0016).
    boolean descending = "-1".equals(parameters.get("dir"));
    List<JsonObject> records = new ArrayList<>();
    for (String document : documents) {
      JsonObject record = projection(Json.createReader(new StringReader(document)).readObject());
      if (matches(record, recordName + "_", parameters)) {
        records.add(record);
      }
    }
    Comparator<JsonObject> order = Comparator.comparing(
        (JsonObject record) -> sortKey(record.get(orderBy)), SimulatedList::compareKeys)
        .thenComparing(record -> record.getJsonNumber("Id").longValue());
    records.sort(descending ? order.reversed() : order);
    int total = records.size();
    int pages = (total + size - 1) / size;
    long from = (long) (page - 1) * size;
    JsonArrayBuilder onPage = Json.createArrayBuilder();
    for (long i = from; i < Math.min(total, from + size); i++) {
      onPage.add(records.get((int) i));
    }
    return SimulatedAnswer.json(200, Json.createObjectBuilder()
        .add("Records", onPage)
        .add("CurrentPage", page)
        .add("CurrentPageSize", size)
        .add("CurrentOrderField", orderBy)
        .add("CurrentSortDirection", descending ? -1 : 1)
        .add("FirstItem", total == 0 ? 0 : Math.min(total, from + 1))
        .add("LastItem", Math.min(total, from + size))
        .add("TotalItems", total)
        .add("TotalPages", pages)
        .add("HasNextPage", page < pages)
        .add("HasPreviousPage", page > 1 && total > 0)
        .build().toString());
  }

  /** A stored document as lists and batch reads give it: without its collections. */
  static JsonObject projection(JsonObject document) {
    JsonObjectBuilder projection = Json.createObjectBuilder();
    document.forEach((name, value) -> {
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        projection.add(name, value);
      }
    });
    return projection.build();
  }

  private static boolean matches(JsonObject record, String filterPrefix, Map<String, String> parameters) {
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      String range = parameter.getKey().startsWith(FROM) ? FROM : parameter.getKey().startsWith(TO) ? TO : "";
      String filter = parameter.getKey().substring(range.length());
      if (!filter.startsWith(filterPrefix)) {
        continue;
      }
      JsonValue value = member(record, filter.substring(filterPrefix.length()));
      String wanted = parameter.getValue();
      boolean match;
      if (range.isEmpty()) {
        match = value instanceof JsonString text
            ? text.getString().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))
            : value != null && value.toString().equalsIgnoreCase(wanted);
      } else {
        Integer order = compare(value, wanted);
        match = order != null && (range.equals(FROM) ? order >= 0 : order <= 0);
      }
      if (!match) {
        return false;
      }
    }
    return true;
  }

  /**
   * The member a filter names, as the list pages name filters: {@code Name} is member {@code Name},
   * a relation {@code CoworkerInvoice} is {@code CoworkerInvoiceId}, a member of the related record
   * {@code CoworkerInvoice_InvoiceNumber} is the flattened {@code CoworkerInvoiceInvoiceNumber} a
   * read returns. A filter naming no member of the record matches nothing (decision 0017).
   */
  private static @Nullable JsonValue member(JsonObject record, String filter) {
    String flat = filter.replace("_", "");
    JsonValue value = record.get(flat);
    return value != null ? value : record.get(flat + "Id");
  }

  /**
   * How a member compares with a range filter's value: numbers as numbers, texts (date-times among
   * them) as texts; null when they cannot be compared (a number member and a value that is not a
   * number, an absent member), which matches nothing, as an equality filter on an unknown member
   * does.
   */
  private static @Nullable Integer compare(@Nullable JsonValue value, String wanted) {
    if (value instanceof JsonNumber number) {
      try {
        return number.bigDecimalValue().compareTo(new java.math.BigDecimal(wanted.strip()));
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return value instanceof JsonString text ? Integer.signum(text.getString().compareToIgnoreCase(wanted)) : null;
  }

  private static Comparable<?> sortKey(@Nullable JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString text) {
      return text.getString().toLowerCase(Locale.ROOT);
    }
    return value == null || value == JsonValue.NULL ? "" : value.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Comparable a, Comparable b) {
    return a.getClass() == b.getClass() ? a.compareTo(b) : a.getClass().getName().compareTo(b.getClass().getName());
  }

  private static int number(@Nullable String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
