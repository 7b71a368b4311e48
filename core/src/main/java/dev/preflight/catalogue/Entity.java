package dev.preflight.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One Nexudus entity of the catalogue: its names, where its API is, what it supports and its
 * fields in the references' order (errors are reported in that order, {@code Id} first).
 *
 * @param name the plural, lower-case name the references and the command line use ({@code bookings})
 * @param recordName one record's name ({@code Booking}), as in {@code Booking was successfully updated.}
 * @param apiPath the REST path under {@code /api/} ({@code spaces/bookings}), or null where no
 *     source gives one
 * @param pathEvidence what the path rests on; null exactly when there is no path
 * @param operations the writes the API offers for it: what either source states (docs/catalogue.md,
 *     "Operations"); every entity can be listed and read
 * @param deletable whether the API offers {@code DELETE} for its records
 * @param source where its facts come from: the reference file and the commit it was read at
 * @param fields every field a create or an update sends, {@code Id} excluded
 */
public record Entity(String name, String recordName, @Nullable String apiPath, @Nullable PathEvidence pathEvidence,
    Set<Operation> operations, boolean deletable, String source, List<Field> fields) {

  public Entity {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(recordName, "recordName == null");
    Objects.requireNonNull(source, "source == null");
    if ((apiPath == null) != (pathEvidence == null)) {
      throw new IllegalArgumentException(name + ": a path and its evidence go together");
    }
    operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
    fields = List.copyOf(fields);
  }

  /** The field with this wire name, compared as the server compares names, or null. */
  public @Nullable Field field(String wireName) {
    for (Field field : fields) {
      if (field.wireName().equals(wireName)) {
        return field;
      }
    }
    for (Field field : fields) {
      if (WireNames.equalsIgnoreCase(field.wireName(), wireName)) {
        return field;
      }
    }
    return null;
  }

  /** The position of {@code field} in the documented order, 0-based, {@code Id} being -1. */
  public int position(Field field) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == field) {
        return i;
      }
    }
    return fields.indexOf(field);
  }

  /** Whether a record of this entity can be written with {@code operation} at all. */
  public boolean supports(Operation operation) {
    return operations.contains(operation);
  }

  /** Whether the API offers no write at all for it (audit trails, job logs): it is only listed and read. */
  public boolean readOnly() {
    return operations.isEmpty();
  }

  /**
   * Why a request the API does not offer for this entity is refused before it is sent, in the same
   * words from the command line, the client and the simulator: {@code Nexudus offers no create for
   * audittrailentries (it offers list, get)}.
   *
   * @param operation what was asked for: {@code create}, {@code update} or {@code delete}
   */
  public String notOffered(String operation) {
    List<String> offered = new ArrayList<>(List.of("list", "get"));
    offered.addAll(writes());
    return "Nexudus offers no " + operation + " for " + name + " (it offers " + String.join(", ", offered) + ")";
  }

  /** The writes the API offers for it, in the words the catalogue uses: {@code create}, {@code update}, {@code delete}. */
  public List<String> writes() {
    List<String> writes = new ArrayList<>(3);
    if (supports(Operation.CREATE)) {
      writes.add("create");
    }
    if (supports(Operation.UPDATE)) {
      writes.add("update");
    }
    if (deletable) {
      writes.add("delete");
    }
    return writes;
  }

  /**
   * The name a list filter on {@code property} has after the {@code <Record>_} prefix, as the REST
   * reference's list pages name filters, or null where the catalogue cannot name it. A relation is
   * filtered by its name without {@code Id} ({@code CoworkerInvoiceId} or {@code CoworkerInvoice}:
   * {@code CoworkerInvoice}), a member of a related record after it ({@code CoworkerInvoice_Paid}),
   * any other field and the members the server keeps ({@code Id}, {@code CreatedOn}…) by its wire
   * name. Names are compared as the server compares them; the answer is spelt as the catalogue spells it.
   */
  public @Nullable String listFilter(String property) {
    int nested = property.indexOf('_');
    if (nested > 0) {
      String relation = relation(property.substring(0, nested));
      return relation == null || nested == property.length() - 1 ? null : relation + property.substring(nested);
    }
    String relation = relation(property);
    if (relation != null) {
      return relation;
    }
    Field field = field(property);
    if (field != null) {
      return field.wireName();
    }
    for (String member : WireNames.SERVER_MEMBERS) {
      if (WireNames.equalsIgnoreCase(member, property)) {
        return member;
      }
    }
    return null;
  }

  /** The relation {@code name} names ({@code CoworkerId} or {@code Coworker}: {@code Coworker}), or null. */
  private @Nullable String relation(String name) {
    Field field = field(name);
    if (field != null && WireNames.isRelation(field)) {
      return field.wireName().substring(0, field.wireName().length() - 2);
    }
    Field withId = field(name + "Id");
    return withId != null && WireNames.isRelation(withId)
        ? withId.wireName().substring(0, withId.wireName().length() - 2) : null;
  }
}
