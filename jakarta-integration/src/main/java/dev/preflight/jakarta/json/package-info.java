/** API: the Nexudus JSON wire format for records and envelopes, with JSON-P, JSON-B and JAX-RS adapters. */
@NullMarked
package dev.preflight.jakarta.json;

import org.jspecify.annotations.NullMarked;
