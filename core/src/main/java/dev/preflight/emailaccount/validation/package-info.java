/** API: the validator, its configuration, and the response envelope it produces. */
@NullMarked
package dev.preflight.emailaccount.validation;

import org.jspecify.annotations.NullMarked;
