package dev.preflight.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.preflight.jakarta.json.JsonLimits;
import dev.preflight.jakarta.json.JsonValidator;
import dev.preflight.jakarta.json.JsonValidators;
import org.junit.jupiter.api.Test;

/** The command line reads with preflight-jakarta and writes envelopes with core alone. */
class ArchitectureTest {
  private static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.preflight.cli");

  @Test
  void noJakartaApiIsUsedDirectly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.eclipse..").check(CLI);
  }

  @Test
  void ofPreflightJakartaOnlyTheJsonDoorsAreUsed() {
    DescribedPredicate<JavaClass> otherThanTheReader = DescribedPredicate.describe(
        "are in preflight-jakarta but are not its JSON doors",
        type -> type.getPackageName().startsWith("dev.preflight.jakarta")
            && !type.isEquivalentTo(JsonValidator.class)
            && !type.isEquivalentTo(JsonValidators.class)
            && !type.isEquivalentTo(JsonLimits.class));
    noClasses().should().dependOnClassesThat(otherThanTheReader).check(CLI);
  }
}
