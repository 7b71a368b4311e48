/**
 * Every Nexudus entity, described by data: the {@link dev.preflight.entity.EntityCatalogue} (names,
 * API paths, fields, types, required flags, enum codes, inline children, imported from Nexudus's
 * generated entity references), records of any entity ({@link dev.preflight.entity.EntityRecord})
 * and their validator ({@link dev.preflight.entity.EntityValidator}), answering in the server's
 * envelope. EmailAccount keeps its hand-tuned model and rules in {@code dev.preflight.emailaccount}.
 */
@NullMarked
package dev.preflight.entity;

import org.jspecify.annotations.NullMarked;
