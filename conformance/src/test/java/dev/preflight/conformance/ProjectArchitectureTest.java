package dev.preflight.conformance;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.preflight.PackageCycles;
import dev.preflight.jakarta.json.wrongway.ReachesUpToTheClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that span modules, over the main classes of every module of the build (read from their
 * {@code target/classes}, so the Quarkus extension is checked without its runtime on this class
 * path): no package cycle anywhere, jakarta's layers ({@code cdi → client → json → validation}, all
 * over {@code internal}), and modules that point down only (docs/packages.md draws the map).
 */
class ProjectArchitectureTest {
  private static final List<String> MODULES = List.of("core", "jakarta-integration", "cli", "testing", "it-scenarios",
      "quarkus/runtime", "quarkus/deployment");
  private static final JavaClasses PROJECT = importModules();

  private static JavaClasses importModules() {
    ClassFileImporter importer = new ClassFileImporter();
    List<Path> classes = MODULES.stream().map(module -> Path.of("..", module, "target", "classes")).toList();
    for (Path directory : classes) {
      if (!Files.isDirectory(directory)) {
        throw new IllegalStateException(directory + " is missing: build the whole project (./mvnw verify) first");
      }
    }
    return importer.importPaths(classes);
  }

  /** Jakarta's layers, each allowed to use only those below it. */
  private static ArchRule jakartaLayers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cdi").definedBy("dev.preflight.jakarta.cdi..")
        .layer("client").definedBy("dev.preflight.jakarta.client..")
        .layer("json").definedBy("dev.preflight.jakarta.json..")
        .layer("validation").definedBy("dev.preflight.jakarta.validation..")
        .layer("internal").definedBy("dev.preflight.jakarta.internal..")
        .whereLayer("cdi").mayNotBeAccessedByAnyLayer()
        .whereLayer("client").mayOnlyBeAccessedByLayers("cdi")
        .whereLayer("json").mayOnlyBeAccessedByLayers("cdi", "client")
        .whereLayer("validation").mayOnlyBeAccessedByLayers("cdi", "client", "json")
        .whereLayer("internal").mayOnlyBeAccessedByLayers("cdi", "client", "json", "validation");
  }

  @Test
  void everyModuleWasImported() {
    assertThat(PROJECT.containPackage("dev.preflight.catalogue")).isTrue();
    assertThat(PROJECT.containPackage("dev.preflight.jakarta.cdi")).isTrue();
    assertThat(PROJECT.containPackage("dev.preflight.cli")).isTrue();
    assertThat(PROJECT.containPackage("dev.preflight.testing")).isTrue();
    assertThat(PROJECT.containPackage("dev.preflight.quarkus.deployment")).isTrue();
  }

  @Test
  void noPackageOfTheProjectIsInACycle() {
    PackageCycles.forbidden().check(PROJECT);
  }

  @Test
  void jakartasLayersPointDownOnly() {
    jakartaLayers().check(PROJECT);
  }

  @Test
  void theLayerRuleSeesAWrongWayArrow() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReachesUpToTheClient.class,
        dev.preflight.jakarta.client.NexudusEntities.class);

    assertThatThrownBy(() -> jakartaLayers().check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReachesUpToTheClient");
  }

  @Test
  void modulesPointDownOnly() {
    noClasses().that().resideInAPackage("dev.preflight.jakarta..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.preflight.cli..", "dev.preflight.testing..",
            "dev.preflight.quarkus..", "dev.preflight.it..")
        .check(PROJECT);
    noClasses().that().resideInAnyPackage("dev.preflight.cli..", "dev.preflight.testing..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.preflight.quarkus..", "dev.preflight.it..")
        .check(PROJECT);
    noClasses().that().resideInAPackage("dev.preflight.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.preflight.testing..")
        .check(PROJECT);
  }
}
