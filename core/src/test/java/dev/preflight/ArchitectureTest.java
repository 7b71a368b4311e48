package dev.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationResponse;
import org.junit.jupiter.api.Test;

/**
 * Core's layers, bottom up: the catalogue (data), the envelope and the rule SPI, the catalogue's
 * engine ({@code internal}) and the flagship ({@code emailaccount}) side by side, and the registry
 * ({@code dev.preflight}) on top, which alone knows both. Arrows point down only; docs/packages.md
 * draws the map.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.preflight");

  @Test
  void coreDependsOnNothingButTheJdkAndNullnessAnnotations() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.preflight..", "java..", "org.jspecify.annotations..")
        .check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    PackageCycles.forbidden().check(CORE);
  }

  @Test
  void theCycleRuleSeesACycle() {
    JavaClasses cyclic = new ClassFileImporter().importPackages("dev.preflight.architecture.cycle");
    assertThatThrownBy(() -> PackageCycles.forbidden().check(cyclic))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void theCatalogueIsTheBottomLayer() {
    classes().that().resideInAPackage("dev.preflight.catalogue")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.preflight.catalogue", "java..", "org.jspecify..")
        .check(CORE);
  }

  @Test
  void theEnvelopeAndTheSpiKnowNoValidatorOfTheirOwn() {
    noClasses().that().resideInAnyPackage("dev.preflight.validation..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.preflight.emailaccount..", "dev.preflight.internal..")
        .orShould().dependOnClassesThat().resideInAPackage("dev.preflight")
        .check(CORE);
  }

  @Test
  void theCatalogueEngineDoesNotDependOnTheFlagship() {
    noClasses().that().resideInAPackage("dev.preflight.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.preflight.emailaccount..", "dev.preflight")
        .check(CORE);
  }

  @Test
  void theFlagshipDoesNotDependOnTheRegistryNorTheCatalogueEngine() {
    noClasses().that().resideInAPackage("dev.preflight.emailaccount..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.preflight", "dev.preflight.internal..")
        .check(CORE);
  }

  @Test
  void theModelsBaseKnowsTheCatalogueAndTheEnvelopeOnly() {
    classes().that().resideInAPackage("dev.preflight.model")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.preflight.model", "dev.preflight.catalogue",
            "dev.preflight.validation", "java..", "org.jspecify..")
        .check(CORE);
    noClasses().that().resideInAnyPackage("dev.preflight.catalogue..", "dev.preflight.validation..",
            "dev.preflight.internal..", "dev.preflight.emailaccount..")
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.model")
        .check(CORE);
  }

  @Test
  void noApiSignatureNamesAnInternalType() {
    ApiSignatures.mustNotName("..internal..").check(CORE);
  }

  @Test
  void theSignatureRuleSeesWhatSignaturesName() {
    assertThatThrownBy(() -> ApiSignatures.mustNotName("java.util..").check(CORE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("EmailAccountValidator.ruleIds() names java.util.List");
  }

  @Test
  void theFlagshipReachesItsEngineThroughItsValidatorOnly() {
    noClasses().that().resideOutsideOfPackage("dev.preflight.emailaccount.internal..")
        .and().doNotBelongToAnyOf(EmailAccountValidator.class)
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.internal..")
        .check(CORE);
  }

  @Test
  void theFlagshipEngineNeverCallsBackIntoTheApiEntryPoints() {
    noClasses().that().resideInAPackage("dev.preflight.emailaccount.internal..")
        .should().dependOnClassesThat().belongToAnyOf(
            EmailAccountValidator.class, InputErrors.class, ReadResult.class, ValidationResponse.class)
        .check(CORE);
  }
}
