package dev.preflight.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java sample of the README and of docs/ is either a file of this repository shown as it is
 * (built and tested where it lives), or a whole compilation unit, imports included, that compiles
 * against Preflight's jars. A user can copy any of them and know where each type comes from.
 */
class DocSamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile(
      "^(?:public |final |abstract )*(?:class|interface|record|enum|@interface) (\\w+)", Pattern.MULTILINE);

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaSampleIsARepositoryFileOrCompilesWithItsImports() throws IOException {
    Map<String, Path> repositoryFiles = repositoryJavaFiles();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    for (Path document : documents) {
      Matcher block = JAVA_BLOCK.matcher(Files.readString(document));
      for (int n = 1; block.find(); n++) {
        String sample = block.group(1).strip();
        String name = ROOT.relativize(document) + " sample " + n;
        Path shown = repositoryFiles.get(sample);
        tests.add(DynamicTest.dynamicTest(name, shown != null
            ? () -> assertThat(shown).isRegularFile()
            : () -> assertCompiles(name, sample)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }

  private void assertCompiles(String name, String sample) throws IOException {
    Matcher type = TYPE.matcher(sample);
    assertThat(type.find()).as(name + " declares a class, an interface or a record, so that it can show its imports")
        .isTrue();
    Path source = Files.createDirectories(work.resolve(name.replaceAll("[^A-Za-z0-9]", "_")))
        .resolve(type.group(1) + ".java");
    Files.writeString(source, sample + "\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
      boolean compiled = javac.getTask(diagnostics, files, null, List.of("-proc:none", "-Xlint:none", "--release", "17",
          "-classpath", System.getProperty("java.class.path"), "-d", source.getParent().toString()), null, units).call();
      assertThat(compiled).as(name + " compiles:\n" + diagnostics).isTrue();
    }
  }

  /** Every Java source of the repository (but build output), by its stripped content. */
  private static Map<String, Path> repositoryJavaFiles() throws IOException {
    Map<String, Path> files = new HashMap<>();
    try (Stream<Path> all = Files.walk(ROOT)) {
      for (Path file : all.filter(path -> path.toString().endsWith(".java"))
          .filter(path -> !path.toString().contains("/target/") && !path.toString().contains("/.git/")).toList()) {
        files.put(Files.readString(file).strip(), file);
      }
    }
    return files;
  }
}
