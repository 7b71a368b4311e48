/** Internal: helpers shared by Preflight's Jakarta packages; not an API, may change at any time. */
@NullMarked
package dev.preflight.jakarta.internal;

import org.jspecify.annotations.NullMarked;
