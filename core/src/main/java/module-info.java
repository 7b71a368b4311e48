/**
 * Preflight core: the one registry of validators, the server's envelope, the entity catalogue and
 * the flagship EmailAccount. No dependencies beyond {@code java.base}.
 */
module dev.preflight.core {
  requires static transitive org.jspecify;

  exports dev.preflight;
  exports dev.preflight.catalogue;
  exports dev.preflight.emailaccount;
  exports dev.preflight.model;
  exports dev.preflight.validation;
  exports dev.preflight.validation.spi;

  uses dev.preflight.validation.spi.Rule;
}
