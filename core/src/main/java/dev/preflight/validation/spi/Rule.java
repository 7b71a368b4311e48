package dev.preflight.validation.spi;

import dev.preflight.catalogue.EntityRecord;
import dev.preflight.validation.RuleDescription;
import java.util.List;

/**
 * A rule of your own: looks at a record of the entities it {@linkplain #appliesTo applies to} and
 * reports zero or more errors to a context. One interface for every entity, EmailAccount included
 * ({@code EmailAccount.from(record)} gives the typed view of an EmailAccount record).
 *
 * <p>Implementations must be:
 *
 * <ul>
 *   <li><b>thread-safe</b>: one instance serves every thread of a validator, usually by holding no
 *       mutable state at all;
 *   <li><b>total</b>: {@link #validate} must not throw for any record, however incomplete. Every
 *       field may be absent; a rule treats a missing value as "not my business" (the built-in
 *       {@code required} rule reports missing values, once);
 *   <li><b>deterministic</b>: the same record gives the same reports, in the same order.
 * </ul>
 *
 * <p>A rule blames the property the user should change, which for a cross-field rule may not be
 * the property it reads. The validator places errors in the entity's documented property order,
 * built-in errors first, then the rules' errors in registration order.
 */
public interface Rule {

  /** A stable id, such as {@code "booking-ends-after-it-starts"}, by which users remove or replace the rule. */
  String id();

  /** Whether the rule looks at records of this entity ({@code bookings}, {@code emailaccounts}). */
  boolean appliesTo(String entityName);

  /** Reports the record's problems, if any, to {@code context}. Must not throw. */
  void validate(EntityRecord record, RuleContext context);

  /** Rows describing the rule for catalogues such as {@code preflight rules}; empty by default. */
  default List<RuleDescription> descriptions() {
    return List.of();
  }
}
