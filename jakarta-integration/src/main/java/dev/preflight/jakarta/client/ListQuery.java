package dev.preflight.jakarta.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Nexudus compares a text filter as "contains" and any other as "equals"; {@link #from} and {@link
 * #to} are its range filters ({@code from_EmailAccount_LastCheckTime}). Preflight sends {@code
 * dir=1} for ascending and {@code dir=-1} for descending, as the REST reference's list pages say
 * (decision 0016; docs/jakarta-integration.md, "Lists").
 */
public final class ListQuery {
  /** Nexudus's own page size. */
  public static final int DEFAULT_PAGE_SIZE = 25;

  private static final ListQuery ALL = new ListQuery(Map.of(), null, false, DEFAULT_PAGE_SIZE);

  /** A filter's parameter: {@code range} is {@code ""}, {@code "from_"} or {@code "to_"}. */
  private record Filter(String range, String property) {
    String parameter(String entity) {
      return range + entity + "_" + property;
    }

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
   * The query string of page {@code page} (from 1) for an entity whose filters carry this prefix
   * ({@code EmailAccount}), encoded.
   */
  String queryString(String entity, int page) {
    StringBuilder query = new StringBuilder("page=").append(page).append("&size=").append(pageSize);
    if (orderBy != null) {
      query.append("&orderBy=").append(encode(orderBy)).append("&dir=").append(descending ? -1 : 1);
    }
    filters.forEach((filter, value) ->
        query.append('&').append(encode(filter.parameter(entity))).append('=').append(encode(value)));
    return query.toString();
  }

  private ListQuery filter(String range, String property, Object value) {
    Objects.requireNonNull(value, "value == null");
    Map<Filter, String> more = new LinkedHashMap<>(filters);
    more.put(new Filter(range, checkedName(property)), value.toString());
    return new ListQuery(Collections.unmodifiableMap(more), orderBy, descending, pageSize);
  }

  private static String checkedName(String property) {
    Objects.requireNonNull(property, "property == null");
    if (property.isEmpty() || !property.chars().allMatch(Character::isLetterOrDigit)) {
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
