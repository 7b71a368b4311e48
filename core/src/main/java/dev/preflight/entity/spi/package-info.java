/** Rules of your own for any catalogue entity: {@link dev.preflight.entity.spi.EntityRule}. */
@NullMarked
package dev.preflight.entity.spi;

import org.jspecify.annotations.NullMarked;
