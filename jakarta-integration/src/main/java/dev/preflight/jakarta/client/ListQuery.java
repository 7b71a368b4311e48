package dev.preflight.jakarta.client;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.WireNames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.preflight.model.TypedField;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a Nexudus list asks for: filters on properties (by wire name: {@code Name}, {@code
 * BusinessId}), an order and the page size. Immutable: each method returns a new query.
 *
 * <pre>{@code
 * ListQuery.all().where("Active", true).orderBy("DisplayName").pageSize(100)
 * }</pre>
 *
 * Filters are sent under the names the REST reference's list pages give them, which the entity's
 * catalogue entry decides ({@link dev.preflight.catalogue.Entity#listFilter}): a relation by its
 * name without {@code Id} ({@code where("CoworkerInvoiceId", 4300)} is {@code
 * CoworkerInvoiceLine_CoworkerInvoice=4300}), a member of the related record after it ({@code
 * CoworkerInvoice_Paid}). A property the catalogue cannot name is refused when the list is asked
 * for, before anything is sent: a misspelt filter must not become "every record" (decision 0017).
 * Nexudus compares a text filter as "contains" and any other as "equals"; {@link #from} and {@link
 * #to} are its range filters ({@code from_EmailAccount_LastCheckTime}). Preflight sends {@code
 * dir=1} for ascending and {@code dir=-1} for descending, as the REST reference's list pages say
 * (decision 0016; docs/jakarta-integration.md, "Lists").
 */
public final class ListQuery {
  /** Nexudus's own page size. */
  public static final int DEFAULT_PAGE_SIZE = 25;

  private static final ListQuery ALL = new ListQuery(Map.of(), null, false, DEFAULT_PAGE_SIZE);

  /** A filter: {@code range} is {@code ""}, {@code "from_"} or {@code "to_"}. */
  private record Filter(String range, String property) {
    @Override
    public String toString() {
      return range + property;
    }
  }

  private final Map<Filter, String> filters;
  private final @Nullable String orderBy;
  private final boolean descending;
  private final int pageSize;

  private ListQuery(Map<Filter, String> filters, @Nullable String orderBy, boolean descending, int pageSize) {
    this.filters = filters;
    this.orderBy = orderBy;
    this.descending = descending;
    this.pageSize = pageSize;
  }

  /** Every record, in the server's order, {@value #DEFAULT_PAGE_SIZE} a page. */
  public static ListQuery all() {
    return ALL;
  }

  /** Only records whose {@code property} contains (text) or equals (anything else) {@code value}. */
  public ListQuery where(String property, Object value) {
    return filter("", property, value);
  }

  /** Only records whose {@code property} is at least {@code value}. */
  public ListQuery from(String property, Object value) {
    return filter("from_", property, value);
  }

  /** Only records whose {@code property} is at most {@code value}. */
  public ListQuery to(String property, Object value) {
    return filter("to_", property, value);
  }

  /** {@link #where(String, Object)} with a generated model's field: {@code where(Booking.COWORKER_ID, 42L)}. */
  public <T> ListQuery where(TypedField<?, T> field, T value) {
    return where(field.wireName(), Objects.requireNonNull(value, "value == null"));
  }

  /** {@link #from(String, Object)} with a generated model's field. */
  public <T> ListQuery from(TypedField<?, T> field, T value) {
    return from(field.wireName(), Objects.requireNonNull(value, "value == null"));
  }

  /** {@link #to(String, Object)} with a generated model's field. */
  public <T> ListQuery to(TypedField<?, T> field, T value) {
    return to(field.wireName(), Objects.requireNonNull(value, "value == null"));
  }

  /** {@link #orderBy(String)} with a generated model's field. */
  public ListQuery orderBy(TypedField<?, ?> field) {
    return orderBy(field.wireName());
  }

  /** Ordered by this property, ascending unless {@link #descending()} follows. */
  public ListQuery orderBy(String property) {
    return new ListQuery(filters, checkedName(property), descending, pageSize);
  }

  public ListQuery ascending() {
    return new ListQuery(filters, orderBy, false, pageSize);
  }

  public ListQuery descending() {
    return new ListQuery(filters, orderBy, true, pageSize);
  }

  /**
   * Records per request, at least 1. No official page gives a largest size, so none is refused
   * here (an answer larger than the client's body limit, 1 MiB, is cut and so malformed: keep pages
   * of large records small).
   */
  public ListQuery pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1: " + size);
    }
    return new ListQuery(filters, orderBy, descending, size);
  }

  public int pageSize() {
    return pageSize;
  }

  /**
   * The order and filters of this query for {@code entity}, encoded, each filter under the name its
   * list page gives it ({@code &orderBy=Name&dir=1&CoworkerInvoiceLine_CoworkerInvoice=4300}).
   *
   * @throws IllegalArgumentException naming the first filter the catalogue cannot name
   */
  String parameters(Entity entity) {
    StringBuilder query = new StringBuilder();
    if (orderBy != null) {
      query.append("&orderBy=").append(encode(orderBy)).append("&dir=").append(descending ? -1 : 1);
    }
    for (Map.Entry<Filter, String> filter : filters.entrySet()) {
      String property = filter.getKey().property();
      String name = entity.listFilter(property);
      if (name == null) {
        throw new IllegalArgumentException("cannot filter " + entity.name() + " on '" + property + "': not a field"
            + " of " + entity.recordName() + ", a relation (CoworkerId or Coworker), a member of a related record"
            + " (Coworker_FullName) or one the server keeps (" + String.join(", ", WireNames.SERVER_MEMBERS) + ")");
      }
      query.append('&').append(encode(filter.getKey().range() + entity.recordName() + "_" + name)).append('=')
          .append(encode(filter.getValue()));
    }
    return query.toString();
  }

  /** The query string of page {@code page} (from 1), given this query's {@link #parameters}. */
  String queryString(String parameters, int page) {
    return "page=" + page + "&size=" + pageSize + parameters;
  }

  private ListQuery filter(String range, String property, Object value) {
    Objects.requireNonNull(value, "value == null");
    Map<Filter, String> more = new LinkedHashMap<>(filters);
    more.put(new Filter(range, checkedName(property, true)), value.toString());
    return new ListQuery(Collections.unmodifiableMap(more), orderBy, descending, pageSize);
  }

  private static String checkedName(String property) {
    return checkedName(property, false);
  }

  /** {@code property} if it is a name: letters and digits, and {@code _} between names where nested. */
  private static String checkedName(String property, boolean nested) {
    Objects.requireNonNull(property, "property == null");
    boolean name = !property.isEmpty() && property.chars().allMatch(c -> Character.isLetterOrDigit(c) || nested && c == '_')
        && !property.startsWith("_") && !property.endsWith("_") && !property.contains("__");
    if (!name) {
      throw new IllegalArgumentException("not a property name: '" + property + "'");
    }
    return property;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ListQuery that && filters.equals(that.filters) && Objects.equals(orderBy, that.orderBy)
        && descending == that.descending && pageSize == that.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(filters, orderBy, descending, pageSize);
  }

  @Override
  public String toString() {
    return "ListQuery[filters=" + filters + ", orderBy=" + orderBy + (descending ? " descending" : "")
        + ", pageSize=" + pageSize + "]";
  }
}
