package dev.preflight.jakarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.preflight.ApiSignatures;
import org.junit.jupiter.api.Test;

/** The Jakarta adapters keep their internals out of their API, and use only core's API. */
class ArchitectureTest {
  private static final JavaClasses JAKARTA =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.preflight.jakarta");

  @Test
  void noApiSignatureNamesAnInternalType() {
    ApiSignatures.mustNotName("dev.preflight.jakarta.internal..").check(JAKARTA);
  }

  @Test
  void coreInternalsAreNeverUsed() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.preflight.emailaccount.internal..").check(JAKARTA);
  }
}
