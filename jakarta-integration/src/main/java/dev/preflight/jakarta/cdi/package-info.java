/** API: CDI beans and MicroProfile Config binding for Preflight. */
@NullMarked
package dev.preflight.jakarta.cdi;

import org.jspecify.annotations.NullMarked;
