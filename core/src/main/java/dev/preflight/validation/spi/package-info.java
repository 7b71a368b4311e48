/**
 * SPI: a rule of your own for any entity ({@link dev.preflight.validation.spi.Rule}), and a
 * validator that claims an entity in the registry ({@link dev.preflight.validation.spi.ValidatorFactory}).
 */
@NullMarked
package dev.preflight.validation.spi;

import org.jspecify.annotations.NullMarked;
