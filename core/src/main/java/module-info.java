/**
 * Preflight core: the Nexudus EmailAccount model, its validator and the server's envelope. No
 * dependencies beyond {@code java.base}.
 */
module dev.preflight.emailaccount {
  requires static transitive org.jspecify;

  exports dev.preflight.emailaccount;
  exports dev.preflight.emailaccount.validation;
  exports dev.preflight.emailaccount.validation.spi;

  uses dev.preflight.emailaccount.validation.spi.Rule;
}
