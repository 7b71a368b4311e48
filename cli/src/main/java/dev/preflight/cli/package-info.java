/** Internal: the {@code preflight} command line tool. */
@NullMarked
package dev.preflight.cli;

import org.jspecify.annotations.NullMarked;
