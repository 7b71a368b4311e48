/** API: the EmailAccount record, its wire properties and its enum codes. */
@NullMarked
package dev.preflight.emailaccount;

import org.jspecify.annotations.NullMarked;
