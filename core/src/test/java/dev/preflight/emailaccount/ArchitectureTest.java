package dev.preflight.emailaccount;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.InputErrors;
import dev.preflight.emailaccount.validation.ReadResult;
import dev.preflight.emailaccount.validation.ValidationResponse;
import org.junit.jupiter.api.Test;

/**
 * Core stays plain Java; the API does not lean on internals in its signatures; dependencies between
 * the API and the engine go one way (decision 0009).
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.preflight.emailaccount", "dev.preflight.entity");

  @Test
  void coreDependsOnNothingButTheJdkAndNullnessAnnotations() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.preflight.emailaccount..", "dev.preflight.entity..", "java..", "org.jspecify.annotations..")
        .check(CORE);
  }

  @Test
  void theModelDoesNotDependOnValidation() {
    noClasses().that().resideInAPackage("dev.preflight.emailaccount")
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.validation..")
        .check(CORE);
  }

  @Test
  void theEntityCatalogueUsesNoInternalsOfTheFlagship() {
    noClasses().that().resideInAPackage("dev.preflight.entity..")
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.internal..")
        .check(CORE);
  }

  @Test
  void noApiSignatureNamesAnInternalType() {
    ApiSignatures.mustNotName("dev.preflight.emailaccount.internal..").check(CORE);
  }

  @Test
  void theSignatureRuleSeesWhatSignaturesName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiSignatures.mustNotName("java.util..").check(CORE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("EmailAccountValidator.ruleIds() names java.util.List");
  }

  @Test
  void theApiReachesTheEngineThroughTheValidatorOnly() {
    noClasses().that().resideOutsideOfPackage("dev.preflight.emailaccount.internal..")
        .and().doNotBelongToAnyOf(EmailAccountValidator.class)
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.internal..")
        .check(CORE);
  }

  @Test
  void theEngineNeverCallsBackIntoTheApiEntryPoints() {
    noClasses().that().resideInAPackage("dev.preflight.emailaccount.internal..")
        .should().dependOnClassesThat().belongToAnyOf(
            EmailAccountValidator.class, InputErrors.class, ReadResult.class, ValidationResponse.class)
        .check(CORE);
  }

  @Test
  void theSpiDoesNotDependOnInternals() {
    noClasses().that().resideInAPackage("dev.preflight.emailaccount.validation.spi")
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.internal..")
        .check(CORE);
  }
}
