/** API: CDI beans and MicroProfile Config binding for Preflight. */
@NullMarked
package dev.preflight.emailaccount.jakarta.cdi;

import org.jspecify.annotations.NullMarked;
