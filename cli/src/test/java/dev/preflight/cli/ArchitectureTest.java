package dev.preflight.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.jakarta.json.EntityJsonReader;
import dev.preflight.emailaccount.jakarta.json.JsonLimits;
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
  void ofPreflightJakartaOnlyTheJsonReadersAreUsed() {
    DescribedPredicate<JavaClass> otherThanTheReader = DescribedPredicate.describe(
        "are in preflight-jakarta but are not its JSON readers",
        type -> type.getPackageName().startsWith("dev.preflight.emailaccount.jakarta")
            && !type.isEquivalentTo(EmailAccountJsonReader.class)
            && !type.isEquivalentTo(EntityJsonReader.class)
            && !type.isEquivalentTo(JsonLimits.class));
    noClasses().should().dependOnClassesThat(otherThanTheReader).check(CLI);
  }
}
