/**
 * API: every Nexudus entity described by data, and records of any entity. The {@link
 * dev.preflight.catalogue.EntityCatalogue} holds names, API paths, fields, types, required flags,
 * enum codes and inline children imported from Nexudus's entity references; an {@link
 * dev.preflight.catalogue.EntityRecord} is one record of any of them; {@link
 * dev.preflight.catalogue.WireNames} compares property names as the server does. Depends on nothing.
 */
@NullMarked
package dev.preflight.catalogue;

import org.jspecify.annotations.NullMarked;
