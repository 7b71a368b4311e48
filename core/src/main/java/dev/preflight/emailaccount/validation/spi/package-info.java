/** SPI: what a rule author implements to add a rule to the validator. */
@NullMarked
package dev.preflight.emailaccount.validation.spi;

import org.jspecify.annotations.NullMarked;
