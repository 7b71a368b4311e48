/** Internal: the built-in rules, the scanners they use and the rule engine. Not an API. */
@NullMarked
package dev.preflight.emailaccount.internal;

import org.jspecify.annotations.NullMarked;
