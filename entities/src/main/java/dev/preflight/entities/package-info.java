/**
 * API: a typed, immutable model of every Nexudus entity of the catalogue but EmailAccount ({@code
 * dev.preflight.emailaccount.EmailAccount} is the flagship's, hand-written), generated from the
 * catalogue when this module is compiled: {@code Booking}, {@code Coworker}, {@code
 * CoworkerInvoice}… {@link dev.preflight.entities.Entities#all()} lists them (docs/models.md).
 */
@NullMarked
@GenerateEntities
package dev.preflight.entities;

import dev.preflight.entities.generator.GenerateEntities;
import org.jspecify.annotations.NullMarked;
