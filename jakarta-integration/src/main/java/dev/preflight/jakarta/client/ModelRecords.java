package dev.preflight.jakarta.client;

import dev.preflight.jakarta.json.ModelDocument;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The typed view of one entity's records as generated models ({@code Booking}, {@code Coworker}…):
 * the {@link EntityRecords} of the model's entity, read and written as models. Every call is one of
 * those records', so it keeps their guarantees (validated before it is sent, a deadline on every
 * exchange, one lock per record with the client's other views, secrets kept out of messages).
 *
 * <pre>{@code
 * ModelRecords<Booking> bookings = entities.of(Booking.class);
 * bookings.update(1001L, booking -> booking.withNotes("Window seat"));
 * bookings.list(ListQuery.all().where(Booking.COWORKER_ID, 42L)).forEach(...);
 * }</pre>
 *
 * Thread-safe. Get it from {@link NexudusEntities#of(Class)}; its client owns the workers and is
 * the one to close.
 *
 * @param <M> the model
 */
public final class ModelRecords<M extends EntityModel> {
  private final ModelType<M> type;
  private final EntityRecords records;
  private final RecordReader<M> reader;

  ModelRecords(ModelType<M> type, EntityRecords records) {
    this.type = type;
    this.records = records;
    // Answers are read as the entity's records are: the client's limits, unknown members kept.
    this.reader = RecordReader.of(type, records.reader().limits(), false);
  }

  public ModelType<M> type() {
    return type;
  }

  /**
   * The record with this Id, with every member Nexudus sent (see {@link ModelDocument}).
   *
   * @throws NexudusNotFoundException if there is none
   * @throws NexudusServerException if the answer is not a whole record
   */
  public ModelDocument<M> get(long id) {
    return view(records.get(id));
  }

  /**
   * Reads record {@code id}, applies {@code change} to its model, validates it and {@code PUT}s it
   * back with every member the server returned, changed only where {@code change} changed the
   * model, as {@link EntityRecords#update(long, java.util.function.UnaryOperator)} does (one lock,
   * one deadline).
   */
  public ValidationResponse update(long id, UnaryOperator<M> change) {
    Objects.requireNonNull(change, "change == null");
    return records.update(id, document -> view(document).with(change).document());
  }

  /**
   * {@code PUT}s a document read with {@link #get} (and changed with {@link ModelDocument#with}):
   * every member Nexudus sent goes back as it was, but for the fields the change touched.
   */
  public ValidationResponse update(ModelDocument<M> document) {
    return records.update(Objects.requireNonNull(document, "document == null").document());
  }

  /**
   * {@code PUT}s a record you hold whole, built by your code: every field it leaves out, and every
   * member Nexudus has beyond the model's, is cleared on the server. To change a record Nexudus
   * holds, use {@link #update(long, UnaryOperator)}.
   */
  public ValidationResponse update(M model) {
    return update(ModelDocument.of(Objects.requireNonNull(model, "model == null")));
  }

  /** {@code POST}s a new record, validated for a create (no Id needed). */
  public ValidationResponse create(M model) {
    return records.create(ModelDocument.of(Objects.requireNonNull(model, "model == null")).document());
  }

  /**
   * The records {@code query} selects, as a lazy stream, one request a page, as {@link
   * EntityRecords#list} makes them. List records are projections (Nexudus leaves collections out):
   * never {@code PUT} one back; use {@link #update(long, UnaryOperator)}.
   */
  public Stream<M> list(ListQuery query) {
    return records.list(query, reader::read);
  }

  /** Deletes the record with this Id. */
  public ValidationResponse delete(long id) {
    return records.delete(id);
  }

  /** The commands Nexudus offers for record {@code id} (see {@link EntityRecords#commands}). */
  public List<JsonObject> commands(long id) {
    return records.commands(id);
  }

  /** Runs command {@code key} on records {@code ids} (see {@link EntityRecords#runCommand}). */
  public ValidationResponse runCommand(String key, List<Long> ids, JsonArray parameters) {
    return records.runCommand(key, ids, parameters);
  }

  /** The records this view shows. */
  public EntityRecords records() {
    return records;
  }

  private ModelDocument<M> view(dev.preflight.jakarta.json.EntityDocument document) {
    return ModelDocument.of(document, type).orElseThrow(() -> new IllegalStateException(
        "the " + type.entity().recordName() + " read is not a whole record"));
  }

  @Override
  public String toString() {
    return "ModelRecords[" + type.entity().recordName() + ", " + records + "]";
  }
}
