/** API: the {@code @ValidEmailAccount} Bean Validation constraint and its JAX-RS exception mapper. */
@NullMarked
package dev.preflight.jakarta.validation;

import org.jspecify.annotations.NullMarked;
