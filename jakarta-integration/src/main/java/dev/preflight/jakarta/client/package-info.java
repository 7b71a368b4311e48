/** API: a MicroProfile Rest Client for Nexudus EmailAccounts that validates before it sends. */
@NullMarked
package dev.preflight.jakarta.client;

import org.jspecify.annotations.NullMarked;
