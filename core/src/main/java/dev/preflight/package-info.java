/**
 * API: the one registry of validators ({@link dev.preflight.Validators}), where every door asks for
 * the validator of an entity. The envelope is in {@code dev.preflight.validation}, the catalogue in
 * {@code dev.preflight.catalogue}, the flagship EmailAccount in {@code dev.preflight.emailaccount}.
 */
@NullMarked
package dev.preflight;

import org.jspecify.annotations.NullMarked;
