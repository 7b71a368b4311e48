package dev.preflight.emailaccount.validation.spi;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.validation.RuleDescription;
import java.util.List;

/**
 * A validation rule: looks at a record and reports zero or more errors to a context.
 *
 * <p>Implementations must be:
 *
 * <ul>
 *   <li><b>thread-safe</b>: one instance serves every thread of a validator, usually by holding no
 *       mutable state at all;
 *   <li><b>total</b>: {@link #validate} must not throw for any record, however incomplete. Every
 *       property may be {@code null}; a rule treats {@code null} as "not my business" (the built-in
 *       {@code required} rule reports missing values, once);
 *   <li><b>deterministic</b>: the same record gives the same reports, in the same order.
 * </ul>
 *
 * <p>A rule blames the property the user should change, which for a cross-field rule may not be
 * the property it reads. Errors are placed by the validator in the contract's order: by property
 * in documented order, built-in errors first, then user rules' errors in registration order.
 */
public interface Rule {

  /** A stable id, such as {@code "port-range"}, by which users remove or replace the rule. */
  String id();

  /** Reports the record's problems, if any, to {@code context}. Must not throw. */
  void validate(EmailAccount account, RuleContext context);

  /** Rows describing the rule for catalogues such as {@code preflight rules}; empty by default. */
  default List<RuleDescription> descriptions() {
    return List.of();
  }
}
