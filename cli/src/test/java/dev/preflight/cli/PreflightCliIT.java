package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.jakarta.json.EmailAccountJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool in its own JVM: the real entry point, bounded heap, stdout carrying only envelopes. */
class PreflightCliIT {
  private static final Path JAR = Path.of(System.getProperty("preflight.jar", "target/preflight-cli.jar"));
  private static final Path ROOT = Path.of(System.getProperty("preflight.root", ".."));

  @TempDir Path dir;

  private record Outcome(int status, Path out, String err) {}

  private Outcome run(List<String> command) throws IOException, InterruptedException {
    return run(command, null);
  }

  /** Runs {@code command}, with {@code javaFirst} (a JDK's bin directory) first on the PATH when given. */
  private Outcome run(List<String> command, Path javaFirst) throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    if (javaFirst != null) {
      builder.environment().put("PATH", javaFirst + java.io.File.pathSeparator + System.getenv("PATH"));
    }
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Outcome(process.exitValue(), out, Files.readString(err));
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void launcherScriptValidatesTheSeedExample() throws Exception {
    Outcome outcome = run(List.of("./preflight", "validate", "docs/examples/update-request-without-display-name.json"));

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(Files.readString(outcome.out())).startsWith("{\n").contains("\"Message\": \"DisplayName: is a required field\"");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void hundredThousandRecordsStreamThroughA64MegabyteHeap() throws Exception {
    Path input = dir.resolve("batch.ndjson");
    RandomAccounts accounts = new RandomAccounts(2026L);
    int records = 100_000;
    int invalid = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < records; i++) {
        EmailAccount account = accounts.valid();
        if (i % 10 == 0) {
          account = account.toBuilder().incomingServerPort(70_000).build();
          invalid++;
        }
        writer.write(EmailAccountJson.toJson(account));
        writer.write('\n');
      }
    }

    Outcome outcome = run(java("validate", "--ndjson", input.toString()));

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("preflight: 100000 records, " + (records - invalid) + " valid, " + invalid + " invalid (");
    try (Stream<String> lines = Files.lines(outcome.out())) {
      long[] counts = new long[2];
      lines.forEach(line -> {
        assertThat(line).startsWith("{\"Message\":\"").endsWith("}");
        counts[line.endsWith("\"WasSuccessful\":true}") ? 0 : 1]++;
      });
      assertThat(counts).containsExactly(records - invalid, invalid);
    }
  }

  @Test
  void exitCodesFromTheRealProcess() throws Exception {
    assertThat(run(java("validate", "docs/examples/update-request.json")).status()).isZero();
    assertThat(run(java("validate", "docs/examples/seed-curl-example.json")).status()).isEqualTo(1);
    Outcome missing = run(java("validate", "missing.json"));
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("preflight: cannot read 'missing.json': no such file" + System.lineSeparator());
    assertThat(Files.size(missing.out())).isZero();
  }

  private static final String CLOSED = "preflight: standard input is closed: give a FILE, or redirect standard input. "
      + "Try 'preflight --help'.\n";

  @Test
  void aClosedStandardInputIsRefusedByTheJarAndByTheLauncher() throws Exception {
    String jar = java().stream().map(part -> "'" + part + "'").collect(java.util.stream.Collectors.joining(" "));
    for (String command : List.of(jar + " validate - <&-", jar + " validate --ndjson <&-", "./preflight validate - <&-")) {
      Outcome closed = run(List.of("sh", "-c", command));

      assertThat(closed.status()).as(command).isEqualTo(2);
      assertThat(closed.err()).as(command).isEqualTo(CLOSED);
      assertThat(Files.size(closed.out())).as(command).isZero();
    }
    Outcome fileStillRead = run(List.of("sh", "-c", "./preflight validate docs/examples/update-request.json <&-"));
    assertThat(fileStillRead.status()).isZero();
  }

  @Test
  void theLauncherWithoutArgumentsPrintsTheUsageOnStderr() throws Exception {
    Outcome bare = run(List.of("./preflight"));

    assertThat(bare.status()).isEqualTo(2);
    assertThat(bare.err()).startsWith("Usage: preflight validate");
    assertThat(Files.size(bare.out())).isZero();
  }

  private static final Path ARCHIVE = JAR.resolveSibling("preflight-cli.jsa");
  private static final Path STATE = JAR.resolveSibling("preflight-cli.jsa.state");

  /** Damages the launcher's class-data archive in one way. */
  private interface Damage {
    void to(Path archive) throws IOException;
  }

  private static void overwrite(Path archive, long offset, int length) throws IOException {
    archive.toFile().setWritable(true);
    byte[] noise = new byte[length];
    new Random(offset).nextBytes(noise);
    try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
      file.seek(offset);
      file.write(noise);
    }
  }

  @Test
  void theLauncherAnswersTheSameWhateverBecameOfItsClassDataArchive() throws Exception {
    List<String> command = List.of("./preflight", "validate", "docs/examples/update-request-without-display-name.json");
    Outcome reference = run(command);
    assertThat(Files.readString(STATE).strip()).as("the archive was made for a JVM").startsWith("made /");
    assertThat(ARCHIVE).isRegularFile();
    String expected = Files.readString(reference.out());
    Map<String, Damage> damages = new LinkedHashMap<>();
    damages.put("deleted", Files::delete);
    damages.put("truncated", archive -> {
      byte[] head = Arrays.copyOf(Files.readAllBytes(archive), 100_000);
      archive.toFile().setWritable(true);
      Files.write(archive, head);
    });
    damages.put("noise in the middle", archive -> overwrite(archive, Files.size(archive) / 2, 4096));
    damages.put("noise in the header", archive -> overwrite(archive, 64, 64));
    damages.put("replaced by text", archive -> {
      Files.delete(archive);
      Files.writeString(archive, "not an archive\n");
    });
    damages.put("state lost", archive -> Files.delete(STATE));
    damages.put("state unreadable", archive -> Files.writeString(STATE, "\u0000\u0001"));

    for (var damage : damages.entrySet()) {
      damage.getValue().to(ARCHIVE);

      Outcome outcome = run(command);

      assertThat(outcome.status()).as(damage.getKey()).isEqualTo(reference.status());
      assertThat(Files.readString(outcome.out())).as(damage.getKey()).isEqualTo(expected);
      assertThat(outcome.err()).as(damage.getKey()).isEqualTo(reference.err());
    }
    try (Stream<Path> files = Files.list(ROOT)) {
      assertThat(files.map(Path::getFileName).map(Path::toString)).as("no crash report").noneMatch(n -> n.startsWith("hs_err"));
    }
    assertThat(Files.readString(STATE).strip()).as("made again").startsWith("made /");
  }

  @Test
  void aJvmThatCannotMakeTheArchiveStartsNormallyAndDoesNotTryAgain() throws Exception {
    List<String> command = List.of("./preflight", "validate", "docs/examples/update-request.json");
    run(command);
    String jvm = Files.readString(STATE).strip().split(" ", 2)[1];
    Files.deleteIfExists(ARCHIVE);
    Files.writeString(STATE, "failed " + jvm + "\n");

    Outcome outcome = run(command);

    assertThat(outcome.status()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(ARCHIVE).doesNotExist();
    Files.delete(STATE);
    assertThat(run(command).status()).isZero();
    assertThat(ARCHIVE).isRegularFile();
  }

  /**
   * Another JDK first on the PATH (a JDK 25, whose ahead-of-time cache the launcher makes for it,
   * where it is installed): the same answer, nothing on stderr (an archive made by another JVM once
   * made the JVM print CDS errors on every start), and each JVM keeps its own archive.
   */
  @Test
  void anotherJvmOnThePathMakesItsOwnArchiveAndPrintsNothingAboutIt() throws Exception {
    Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk25.resolve("java")), "no JDK 25 on this machine");
    List<String> command = List.of("./preflight", "validate", "docs/examples/update-request-without-display-name.json");
    Outcome reference = run(command);
    String archived = Files.readString(STATE);

    Outcome first = run(command, jdk25);
    Outcome again = run(command, jdk25);
    Outcome back = run(command);

    Path cache = JAR.resolveSibling("preflight-cli.aot");
    for (Outcome outcome : List.of(first, again, back)) {
      assertThat(outcome.status()).isEqualTo(reference.status());
      assertThat(Files.readString(outcome.out())).isEqualTo(Files.readString(reference.out()));
      assertThat(outcome.err()).isEqualTo(reference.err());
    }
    assertThat(cache).isRegularFile();
    assertThat(Files.readString(cache.resolveSibling("preflight-cli.aot.state")).strip())
        .isEqualTo("made " + jdk25.resolve("java"));
    assertThat(Files.readString(STATE)).as("the class-data archive is still the first JVM's").isEqualTo(archived);
  }
}
