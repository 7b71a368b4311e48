/** Internal: the catalogue's validation engine. Never part of a public signature. */
@NullMarked
package dev.preflight.internal;

import org.jspecify.annotations.NullMarked;
