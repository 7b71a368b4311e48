package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.Operation;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of an {@link EntityDocument}: the record as a generated model ({@code Booking},
 * {@code Coworker}…), changed through its {@code with…} copies or its builder, written back without
 * losing a member. What {@link EmailAccountDocument} is for the flagship, for every other entity.
 *
 * <p>{@link #toJson()} is the document as received, with only the values of the fields (and other
 * members) the change made different written in their place (one it cleared as {@code null}), and
 * those it set that were absent added at the end. Every other member, known or not, keeps its text: its
 * number's spelling, its order, an element the model could not hold.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the model (secrets hidden) and the names
 * of the other members, never their values.
 *
 * @param <M> the model
 */
public final class ModelDocument<M extends EntityModel> {
  private final EntityDocument received;
  private final M receivedModel;
  private final M model;
  /** {@code received} with the changes from {@code receivedModel} to {@code model} written in. */
  private final EntityDocument document;

  private ModelDocument(EntityDocument received, M receivedModel, M model) {
    this.received = received;
    this.receivedModel = receivedModel;
    this.model = model;
    this.document = write();
  }

  /**
   * The view of {@code document} as a {@code type} model, when it reads as a whole one.
   *
   * @throws IllegalArgumentException if it is a document of another entity
   */
  public static <M extends EntityModel> Optional<ModelDocument<M>> of(EntityDocument document, ModelType<M> type) {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(type, "type == null");
    if (!document.entity().name().equals(type.entity().name())) {
      throw new IllegalArgumentException("a " + document.entity().recordName() + " document is not a "
          + type.entity().recordName());
    }
    RecordReader<M> reader = RecordReader.of(type, document.reader().limits(), false);
    return reader.read(document.toJson().getBytes(StandardCharsets.UTF_8)).record()
        .map(model -> new ModelDocument<>(document, model, model));
  }

  /** A document holding {@code model} alone: its JSON is {@link EntityModel#toJson()}. */
  public static <M extends EntityModel> ModelDocument<M> of(M model) {
    Objects.requireNonNull(model, "model == null");
    JsonValidator door = JsonValidators.standard().validator(model.modelType().entity().name(), Operation.UPDATE);
    return new ModelDocument<>(EntityDocument.of(door, model.toJson()), model, model);
  }

  /**
   * The document in {@code body} as a {@code type} model, when {@code door} reads a whole record
   * from it; empty otherwise. Read with a non-strict door so that unknown members are kept.
   */
  public static <M extends EntityModel> Optional<ModelDocument<M>> read(JsonValidator door, ModelType<M> type,
      byte[] body) {
    return EntityDocument.read(door, body).flatMap(document -> of(document, type));
  }

  /** The record, with any change made by {@link #with}. */
  public M model() {
    return model;
  }

  /** The document this view shows, with the changes written in: what a client sends. */
  public EntityDocument document() {
    return document;
  }

  /** This document with {@code change} applied to its model; the other members stay as they are. */
  public ModelDocument<M> with(UnaryOperator<M> change) {
    Objects.requireNonNull(change, "change == null");
    M changed = Objects.requireNonNull(change.apply(model), "change returned null");
    return new ModelDocument<>(received, receivedModel, changed);
  }

  /** The names of the members that are not the model's fields (nor {@code Id}), in the order received. */
  public List<String> otherMemberNames() {
    return received.memberNames().stream()
        .filter(name -> !name.equalsIgnoreCase("Id") && model.modelType().entity().field(name) == null).toList();
  }

  /** The JSON object to send: as received, with the model's changes written in (see the class). */
  public String toJson() {
    return document.toJson();
  }

  private EntityDocument write() {
    EntityDocument written = received;
    if (!Objects.equals(receivedModel.id(), model.id())) {
      written = written.withValueJson("Id", model.id() == null ? "null" : model.id().toString());
    }
    for (Field field : model.modelType().entity().fields()) {
      if (!Objects.equals(receivedModel.value(field), model.value(field))) {
        written = written.withValueJson(field.wireName(), model.jsonOf(field));
      }
    }
    Map<String, Object> before = receivedModel.otherMembers();
    Map<String, Object> after = model.otherMembers();
    if (!before.equals(after)) {
      Set<String> names = new LinkedHashSet<>(before.keySet());
      names.addAll(after.keySet());
      for (String name : names) {
        if (!Objects.equals(before.get(name), after.get(name)) || before.containsKey(name) != after.containsKey(name)) {
          written = written.withValueJson(name, EntityModel.toJsonValue(after.get(name)));
        }
      }
    }
    return written;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ModelDocument<?> that && toJson().equals(that.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "ModelDocument[" + model + ", otherMembers=" + otherMemberNames() + "]";
  }
}
