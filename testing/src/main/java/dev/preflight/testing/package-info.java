/**
 * API for tests: the Nexudus simulator ({@link dev.preflight.testing.NexudusSimulator}), as a JAX-RS
 * resource for Arquillian deployments and as a loopback server with a JUnit 5 extension.
 */
@NullMarked
package dev.preflight.testing;

import org.jspecify.annotations.NullMarked;
