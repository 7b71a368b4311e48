/**
 * API: what every validation answers with, whichever entity and door: the server's envelope
 * ({@link dev.preflight.validation.ValidationResponse}, {@link dev.preflight.validation.ValidationError}),
 * a validator of one entity ({@link dev.preflight.validation.Validator}), what a reader made of a
 * body ({@link dev.preflight.validation.ReadResult}) and the messages readers and rules share. The
 * registry that hands out validators is {@link dev.preflight.Validators}.
 */
@NullMarked
package dev.preflight.validation;

import org.jspecify.annotations.NullMarked;
