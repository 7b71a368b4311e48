package dev.preflight.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a user adds is what the build publishes, whole: every module that attaches sources (the
 * published ones) is managed by the BOM, and each of them comes with its {@code -sources} and
 * {@code -javadoc} jars and names its Java module (a {@code module-info} or an {@code
 * Automatic-Module-Name}). Runs after {@code package}, on the jars of the build.
 */
class PublishedArtifactsIT {
  private static final Path ROOT = Path.of("..");
  private static final String VERSION = "0.1.0-SNAPSHOT";

  @Test
  void theBomManagesEveryPublishedModuleAndEachComesWhole() throws Exception {
    TreeMap<String, Path> published = new TreeMap<>();
    try (Stream<Path> poms = Files.walk(ROOT, 3)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("target")).toList()) {
        if (Files.readString(pom).contains("<artifactId>maven-source-plugin</artifactId>")
            && !pom.normalize().equals(ROOT.resolve("pom.xml").normalize())
            && !pom.normalize().equals(ROOT.resolve("quarkus/pom.xml").normalize())) {
          published.put(artifactId(pom), pom.getParent());
        }
      }
    }

    assertThat(managedByTheBom("dev.preflight")).containsExactlyInAnyOrderElementsOf(published.keySet());
    // Beyond Preflight's own modules, only the Rest Client implementation its plain JUnit tests document.
    assertThat(managedByTheBom("org.apache.cxf")).containsExactly("cxf-rt-rs-mp-client");
    assertThat(published).containsKeys("preflight-core", "preflight-jakarta", "preflight-testing", "preflight-quarkus");
    for (var module : published.entrySet()) {
      Path target = module.getValue().resolve("target");
      String name = module.getKey() + "-" + VERSION;
      assertThat(target.resolve(name + "-sources.jar")).as(module.getKey()).isNotEmptyFile();
      assertThat(target.resolve(name + "-javadoc.jar")).as(module.getKey()).isNotEmptyFile();
      try (JarFile jar = new JarFile(target.resolve(name + ".jar").toFile())) {
        boolean named = jar.getEntry("module-info.class") != null
            || jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
        assertThat(named).as(module.getKey() + " names its module").isTrue();
      }
    }
  }

  /** The artifacts of {@code groupId} the BOM manages. */
  private static List<String> managedByTheBom(String groupId) throws Exception {
    List<String> managed = new ArrayList<>();
    Element bom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(ROOT.resolve("bom/pom.xml").toFile()).getDocumentElement();
    var dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (child(dependency, "groupId").equals(groupId)) {
        managed.add(child(dependency, "artifactId"));
      }
    }
    return managed;
  }

  private static String artifactId(Path pom) throws Exception {
    return child(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement(),
        "artifactId");
  }

  private static String child(Element parent, String name) throws IOException {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().strip();
      }
    }
    throw new IOException("no <" + name + "> in " + parent.getTagName());
  }
}
