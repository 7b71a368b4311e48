package dev.preflight.jakarta.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The records of a Nexudus list, page after page, each page fetched when the one before is used
 * up. It stops after the page whose {@code HasNextPage} is false (or an empty page, or the last of
 * {@code TotalPages}), so a server that keeps answering the same page cannot make it loop: a page
 * that is not the one asked for is malformed.
 */
final class ListPages<T> extends Spliterators.AbstractSpliterator<T> {
  /** One page as the server sent it. */
  record Page<T>(List<T> records, boolean hasNext) {}

  private final IntFunction<Page<T>> fetch;
  private final Deque<T> buffered = new ArrayDeque<>();
  private int nextPage = 1;
  private boolean more = true;

  private ListPages(IntFunction<Page<T>> fetch) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.fetch = fetch;
  }

  /** A lazy stream of the records {@code fetch} returns for pages 1, 2, … */
  static <T> Stream<T> stream(IntFunction<Page<T>> fetch) {
    return StreamSupport.stream(new ListPages<>(fetch), false);
  }

  /** Never split: a parallel stream would buffer pages ahead of what it uses, so lists are read in order. */
  @Override
  public @Nullable Spliterator<T> trySplit() {
    return null;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    while (buffered.isEmpty() && more) {
      Page<T> page = fetch.apply(nextPage++);
      buffered.addAll(page.records());
      more = page.hasNext() && !page.records().isEmpty();
    }
    T next = buffered.poll();
    if (next == null) {
      return false;
    }
    action.accept(next);
    return true;
  }

  /**
   * Page {@code number} of a list answer, each record turned by {@code record}; empty when the body
   * is not a list answer for that page: no {@code Records} array, a record {@code record} cannot
   * read, a {@code CurrentPage} that is not the integer {@code number} (absent, a string, {@code
   * 1.0}: a page must prove it is the one asked for, or a server repeating one page would never
   * end the list), no {@code HasNextPage} or {@code TotalPages}.
   */
  static <T> Optional<Page<T>> parse(byte[] body, int number, Function<JsonObject, Optional<T>> record) {
    JsonValue answer;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      answer = reader.readValue();
    } catch (JsonException | IllegalStateException notJson) {
      return Optional.empty();
    }
    if (!(answer instanceof JsonObject list) || !(list.get("Records") instanceof JsonArray records)) {
      return Optional.empty();
    }
    Long current = number(list.get("CurrentPage"));
    if (current == null || current != number) {
      return Optional.empty();
    }
    Boolean hasNext = list.get("HasNextPage") == JsonValue.TRUE ? Boolean.TRUE
        : list.get("HasNextPage") == JsonValue.FALSE ? Boolean.FALSE : null;
    Long totalPages = number(list.get("TotalPages"));
    if (hasNext == null && totalPages == null) {
      return Optional.empty();
    }
    List<T> read = new ArrayList<>(records.size());
    for (JsonValue each : records) {
      Optional<T> one = each instanceof JsonObject object ? record.apply(object) : Optional.empty();
      if (one.isEmpty()) {
        return Optional.empty();
      }
      read.add(one.get());
    }
    boolean next = (hasNext == null || hasNext) && (totalPages == null || number < totalPages);
    return Optional.of(new Page<>(List.copyOf(read), next));
  }

  /** An integer written as one ({@code 2}, not {@code 2.0} or {@code "2"}), within a long; else null. */
  private static @Nullable Long number(@Nullable JsonValue value) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.toString().contains(".")
        || number.toString().contains("e") || number.toString().contains("E")) {
      return null;
    }
    try {
      return number.bigIntegerValueExact().longValueExact();
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }
}
