/**
 * Preflight core: the Nexudus EmailAccount model, its validator and the server's envelope, and the
 * catalogue of every other entity with its generic validator. No
 * dependencies beyond {@code java.base}.
 */
module dev.preflight.emailaccount {
  requires static transitive org.jspecify;

  exports dev.preflight.emailaccount;
  exports dev.preflight.emailaccount.validation;
  exports dev.preflight.emailaccount.validation.spi;
  exports dev.preflight.entity;
  exports dev.preflight.entity.spi;

  uses dev.preflight.emailaccount.validation.spi.Rule;
}
