package dev.preflight.entity.spi;

import dev.preflight.entity.EntityRecord;

/**
 * A rule of your own for records of any catalogue entity, with the guarantees asked of EmailAccount
 * rules ({@code dev.preflight.emailaccount.validation.spi.Rule}): thread-safe, total (never throws,
 * whatever the record holds), deterministic.
 */
public interface EntityRule {
  /** A stable id, such as {@code "booking-ends-after-it-starts"}. */
  String id();

  /** Whether the rule looks at records of this entity ({@code bookings}). */
  boolean appliesTo(String entityName);

  /** Reports the record's problems, if any, to {@code context}. Must not throw. */
  void validate(EntityRecord record, EntityRuleContext context);
}
