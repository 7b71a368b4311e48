package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.JsonText;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.jakarta.json.RecordReader;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.InputErrors;
import dev.preflight.validation.RuleDescription;
import dev.preflight.validation.ValidationResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exact output, exit codes, and what goes to which stream. */
class PreflightCliTest {
  private static final Path EXAMPLES = Path.of("../docs/examples");
  private static final String VALID_LINE = EmailAccountJson.toJson(Fixtures.validAccount());
  private static final String SUCCESS =
      "{\"Message\":\"EmailAccount is valid for update; nothing was sent.\",\"Value\":{\"Id\":87654321},\"Errors\":null,"
          + "\"WasSuccessful\":true}";

  @TempDir Path dir;

  private record Outcome(int status, String out, String err) {}

  private Outcome run(String stdin, String... args) {
    return runWith(1, stdin, args);
  }

  private Outcome runWith(int workers, String stdin, String... args) {
    return runWith(workers, false, stdin, args);
  }

  private Outcome runWith(int workers, boolean stdinClosed, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PreflightCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdinClosed, out,
        new PrintStream(err, true, StandardCharsets.UTF_8), false, workers).run(args);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String example(String name) throws Exception {
    return EXAMPLES.resolve(name).toString();
  }

  private static String body(String message) {
    return "{\"Message\":\"$: " + message + "\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\"" + message
        + "\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}";
  }

  @Test
  void seedRequestWithoutDisplayNamePrintsTheSeeds400Envelope() throws Exception {
    Outcome outcome = run("", "validate", example("update-request-without-display-name.json"));

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(JsonText.compact(outcome.out())).isEqualTo(JsonText.compact(Files.readString(EXAMPLES.resolve("seed-400-response.json"))));
    assertThat(outcome.out()).contains("\n    \"Errors\": [").endsWith("}\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void validSeedRequestExitsZero() throws Exception {
    Outcome outcome = run("", "validate", example("update-request.json"));

    assertThat(outcome.status()).isZero();
    assertThat(JsonText.compact(outcome.out())).isEqualTo(SUCCESS);
  }

  @Test
  void standardInputIsReadWithoutAFileOrWithDash() {
    assertThat(run(VALID_LINE, "validate").out()).isEqualTo(run(VALID_LINE, "validate", "-").out());
    assertThat(JsonText.compact(run(VALID_LINE, "validate").out())).isEqualTo(SUCCESS);
  }

  @Test
  void createOperationDoesNotNeedAnId() throws Exception {
    String withoutId = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().id(null).build());
    assertThat(run(withoutId, "validate").status()).isEqualTo(1);
    Outcome created = run(withoutId, "validate", "--operation", "create");
    assertThat(created.status()).isZero();
    assertThat(JsonText.compact(created.out())).isEqualTo("{\"Message\":\"EmailAccount is valid for create; nothing was sent.\","
        + "\"Value\":null,\"Errors\":null,\"WasSuccessful\":true}");
    assertThat(run(withoutId, "validate", "--operation=CREATE").status()).isZero();
  }

  @Test
  void strictModeReportsUnknownProperties() {
    String json = VALID_LINE.replace("{", "{\"Colour\":\"red\",");
    assertThat(run(json, "validate").status()).isZero();
    Outcome strict = run(json, "validate", "--strict");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(JsonText.compact(strict.out())).contains("{\"AttemptedValue\":null,\"Message\":\"is not a known field\",\"PropertyName\":\"Colour\"}");
  }

  @Test
  void severalFilesGiveOneCompactLineEachInOrder() throws Exception {
    Outcome outcome = run("", "validate", example("update-request.json"), example("update-request-without-display-name.json"),
        example("update-request.json"));

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out().lines()).containsExactly(SUCCESS,
        JsonText.compact(Files.readString(EXAMPLES.resolve("seed-400-response.json"))), SUCCESS);
    assertThat(outcome.err()).matches("preflight: 3 records, 2 valid, 1 invalid\\R");
  }

  @Test
  void aTopLevelArrayGivesOneLinePerElement() throws Exception {
    Path file = dir.resolve("batch.json");
    Files.writeString(file, "[\n" + VALID_LINE + ",\n42,\n{\"Id\":\"x\"}\n]");

    Outcome outcome = run("", "validate", file.toString());

    assertThat(outcome.status()).isEqualTo(1);
    List<String> lines = outcome.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(SUCCESS);
    assertThat(lines.get(1)).isEqualTo(body("must be a JSON object"));
    assertThat(lines.get(2)).startsWith("{\"Message\":\"Id: is not a valid integer\"");
    assertThat(outcome.err()).startsWith("preflight: 3 records, 1 valid, 2 invalid");
  }

  @Test
  void ndjsonKeepsGoingPastBadLinesAndSkipsBlankOnes() {
    String input = VALID_LINE + "\n\n{bad\r\n" + "[1]\n" + VALID_LINE.replace("\"Front desk\"", "\"\"") + "\n" + VALID_LINE;

    for (int workers = 1; workers <= 2; workers++) {
      Outcome outcome = runWith(workers, input, "validate", "--ndjson");

      assertThat(outcome.status()).isEqualTo(1);
      List<String> lines = outcome.out().lines().toList();
      assertThat(lines).hasSize(5);
      assertThat(lines.get(0)).isEqualTo(SUCCESS);
      assertThat(lines.get(1)).isEqualTo(body("is not valid JSON (line 1, column 2)"));
      assertThat(lines.get(2)).isEqualTo(body("must be a JSON object"));
      assertThat(lines.get(3)).startsWith("{\"Message\":\"DisplayName: is a required field\"");
      assertThat(lines.get(4)).isEqualTo(SUCCESS);
      assertThat(outcome.err()).startsWith("preflight: 5 records, 2 valid, 3 invalid");
    }
  }

  @Test
  void ndjsonOnSeveralWorkersKeepsTheInputOrderAndTheCounts() {
    RandomAccounts accounts = new RandomAccounts(7L);
    StringBuilder input = new StringBuilder();
    List<String> expected = new java.util.ArrayList<>();
    int invalid = 0;
    EmailAccountValidator validator = EmailAccountValidator.standard();
    for (int i = 0; i < 3_000; i++) {
      String line;
      if (i % 97 == 0) {
        line = "{bad";
      } else if (i == 1_500) {
        line = "{\"DisplayName\":\"" + "x".repeat(1_100_000) + "\"}";
      } else {
        EmailAccount account = accounts.valid();
        line = EmailAccountJson.toJson(i % 10 == 0 ? account.toBuilder().incomingServerPort(70000 + i).build() : account);
      }
      input.append(line).append(i % 50 == 0 ? "\n\n" : "\n");
      ValidationResponse response = line.length() > 1_048_576
          ? ValidationResponse.failure(List.of(InputErrors.tooLarge(1_048_576)))
          : RecordReader.emailAccounts().read(line).validate(validator::validate);
      expected.add(response.wasSuccessful()
          ? SUCCESS.replace("87654321", String.valueOf(response.value().id()))
          : EnvelopeJson.toJson(response));
      invalid += response.wasSuccessful() ? 0 : 1;
    }

    Outcome one = runWith(1, input.toString(), "validate", "--ndjson");
    Outcome three = runWith(3, input.toString(), "validate", "--ndjson");

    assertThat(one.out().lines()).containsExactlyElementsOf(expected);
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.status()).isEqualTo(one.status()).isEqualTo(1);
    String counts = "preflight: 3000 records, " + (3_000 - invalid) + " valid, " + invalid + " invalid";
    assertThat(one.err()).startsWith(counts);
    assertThat(three.err()).startsWith(counts);
  }

  @Test
  void anNdjsonLineOverTheSizeLimitIsReportedAndSkipped() {
    String huge = "{\"DisplayName\":\"" + "x".repeat(1_100_000) + "\"}";

    Outcome outcome = run(huge + "\n" + VALID_LINE + "\n", "validate", "--ndjson");

    assertThat(outcome.out().lines()).containsExactly(body("must be at most 1048576 bytes"), SUCCESS);
  }

  @Test
  void ioAndUsageErrorsExitTwoWithOneLineAndNoStackTrace() {
    Outcome missing = run("", "validate", "no-such-file.json");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("preflight: cannot read 'no-such-file.json': no such file" + System.lineSeparator());
    assertThat(missing.out()).isEmpty();

    Outcome directory = run("", "validate", dir.toString());
    assertThat(directory.status()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo("preflight: cannot read '" + dir + "': not a readable file" + System.lineSeparator());

    Outcome option = run("", "validate", "--frob");
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).isEqualTo("preflight: unknown option '--frob'. Try 'preflight --help'." + System.lineSeparator());

    assertThat(run("", "validate", "--operation", "patch").err())
        .isEqualTo("preflight: unknown operation 'patch': use update or create. Try 'preflight --help'." + System.lineSeparator());
    assertThat(run("", "validate", "--operation").status()).isEqualTo(2);
    assertThat(run("", "frobnicate").err()).startsWith("preflight: unknown command 'frobnicate'");
  }

  @Test
  void noArgumentsIsAUsageErrorWithTheUsageOnStderr() {
    Outcome bare = run("");

    assertThat(bare.status()).isEqualTo(2);
    assertThat(bare.out()).isEmpty();
    assertThat(bare.err()).isEqualTo(PreflightCli.USAGE);
  }

  @Test
  void aClosedStandardInputIsRefusedAndNeverRead() throws Exception {
    for (String[] args : List.of(new String[] {"validate"}, new String[] {"validate", "-"},
        new String[] {"validate", "--ndjson", example("update-request.json"), "-"})) {
      Outcome closed = runWith(1, true, VALID_LINE, args);

      assertThat(closed.status()).isEqualTo(2);
      assertThat(closed.out()).isEmpty();
      assertThat(closed.err()).isEqualTo("preflight: standard input is closed: give a FILE, or redirect standard input. "
          + "Try 'preflight --help'." + System.lineSeparator());
    }
    assertThat(runWith(1, true, "", "validate", example("update-request.json")).status()).isZero();
  }

  @Test
  void aCreateWithAnIdKeepsItInTheValue() {
    Outcome created = run(VALID_LINE, "validate", "--operation", "create");

    assertThat(JsonText.compact(created.out())).isEqualTo("{\"Message\":\"EmailAccount is valid for create; nothing was sent.\","
        + "\"Value\":{\"Id\":87654321},\"Errors\":null,\"WasSuccessful\":true}");
  }

  @Test
  void anElementNestedTooDeeplyIsReportedAndTheNextOneIsRead() {
    String deep = "[".repeat(40) + "]".repeat(40);
    Outcome outcome = run("[" + VALID_LINE + ",{\"Id\":{\"a\":" + deep + "}}," + deep + "," + VALID_LINE + "]", "validate");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out().lines()).containsExactly(SUCCESS, body("is nested too deeply"), body("is nested too deeply"), SUCCESS);
    assertThat(outcome.err()).doesNotContain("not read");
  }

  @Test
  void aSyntaxErrorEndsTheArrayAndStderrSaysTheRestWasNotRead() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "[" + VALID_LINE + ",\n{\"Id\": 1,,}," + VALID_LINE + "]");

    Outcome outcome = run("", "validate", file.toString());

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.out().lines()).containsExactly(SUCCESS, body("is not valid JSON (line 2, column 10)"));
    assertThat(outcome.err().lines()).first()
        .isEqualTo("preflight: " + file + ": reading stopped at the error above; the rest of the array was not read");
  }

  @Test
  void anUnpairedSurrogateIsEchoedAsAnEscapeAndACutNeverSplitsAPair() {
    String lone = "{\"Id\":1,\"IncomingServer\":\"a\\ud800b\",\"OutgoingServer\":\"\\udc00.example.com\"}";
    String echoed = run(lone, "validate", "--ndjson").out();

    assertThat(echoed).contains("{\"AttemptedValue\":\"a\\ud800b\",\"Message\":\"is not a valid host name\"",
        "{\"AttemptedValue\":\"\\udc00.example.com\",\"Message\":\"is not a valid host name\"").doesNotContain("?");

    String emoji = "\ud83d\ude00";
    String longName = "x".repeat(63) + emoji.repeat(40_000);
    String cut = run("{\"Id\":1,\"DisplayName\":\"" + longName + "\"}", "validate", "--ndjson").out();
    assertThat(cut).contains("\"AttemptedValue\":\"" + "x".repeat(63) + "…\"");
    String evenCut = run("{\"Id\":1,\"DisplayName\":\"" + "x".repeat(62) + emoji.repeat(40_000) + "\"}", "validate", "--ndjson").out();
    assertThat(evenCut).contains("\"AttemptedValue\":\"" + "x".repeat(62) + emoji + "…\"");
  }

  @Test
  void theKelvinSignIsNotTheLetterK() {
    String kelvin = "{\"Id\":1,\"LastChec\u212aTime\":\"yesterday\"}";

    assertThat(run(kelvin, "validate", "--ndjson", "--strict").out())
        .contains("{\"AttemptedValue\":null,\"Message\":\"is not a known field\",\"PropertyName\":\"LastChec\u212aTime\"}")
        .doesNotContain("is not a valid date and time");
  }

  @Test
  void helpAndVersion() {
    Outcome help = run("", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).isEqualTo(PreflightCli.USAGE);
    assertThat(run("", "--version").out()).startsWith("preflight ");
  }

  @Test
  void rulesPrintsTheCatalogueTheValidatorUses() {
    Outcome outcome = run("", "rules");

    assertThat(outcome.status()).isZero();
    List<RuleDescription> rows = EmailAccountValidator.standard().descriptions();
    List<String> lines = outcome.out().lines().toList();
    assertThat(lines).hasSize(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      RuleDescription row = rows.get(i);
      assertThat(lines.get(2 * i)).isEqualTo(String.format("%-22s %s", row.ruleId(), row.message()));
      assertThat(lines.get(2 * i + 1).strip())
          .isEqualTo(String.join(", ", row.propertyNames().stream().toList()));
    }
  }

  private static final String BOOKING = "{\"Id\":7,\"ResourceId\":12,\"FromTime\":\"2026-12-07T09:00:00Z\","
      + "\"ToTime\":\"2026-12-07T10:00:00Z\"}";

  @Test
  void anotherEntityIsValidatedWithItsCatalogueEntry() throws Exception {
    Path booking = Files.writeString(dir.resolve("booking.json"), BOOKING);
    Outcome valid = run("", "validate", "--entity", "bookings", booking.toString());
    assertThat(valid.status()).isZero();
    assertThat(valid.out()).isEqualTo(EnvelopeJson.toPrettyJson(ValidationResponse.success(
        "Booking is valid for update; nothing was sent.", new dev.preflight.validation.RecordId(7))) + "\n");
    assertThat(valid.err()).isEmpty();

    Outcome lines = run(BOOKING + "\n{\"Id\":8,\"ResourceId\":\"12\"}\n", "validate", "--entity=Bookings", "--ndjson");
    assertThat(lines.status()).isEqualTo(PreflightCli.INVALID);
    assertThat(lines.out()).isEqualTo("{\"Message\":\"Booking is valid for update; nothing was sent.\",\"Value\":{\"Id\":7},"
        + "\"Errors\":null,\"WasSuccessful\":true}\n"
        + "{\"Message\":\"ResourceId: is not a valid integer\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":\"12\","
        + "\"Message\":\"is not a valid integer\",\"PropertyName\":\"ResourceId\"},{\"AttemptedValue\":null,"
        + "\"Message\":\"is a required field\",\"PropertyName\":\"FromTime\"},{\"AttemptedValue\":null,"
        + "\"Message\":\"is a required field\",\"PropertyName\":\"ToTime\"}],\"WasSuccessful\":false}\n");
    assertThat(lines.err()).startsWith("preflight: 2 records, 1 valid, 1 invalid\n");

    Outcome array = run("[" + BOOKING + ",{\"ResourceId\":1,\"FromTime\":\"2026-12-07T09:00:00Z\","
        + "\"ToTime\":\"2026-12-07T10:00:00Z\"}]", "validate", "--entity", "bookings", "--operation", "create");
    assertThat(array.status()).isZero();
    assertThat(array.out()).isEqualTo("{\"Message\":\"Booking is valid for create; nothing was sent.\",\"Value\":{\"Id\":7},"
        + "\"Errors\":null,\"WasSuccessful\":true}\n{\"Message\":\"Booking is valid for create; nothing was sent.\","
        + "\"Value\":null,\"Errors\":null,\"WasSuccessful\":true}\n");
  }

  @Test
  void theDefaultEntityIsTheFlagshipAndNamingItChangesNothing() throws Exception {
    String seed = example("seed-missing-display-name.json");
    Outcome implicit = run("", "validate", seed);
    assertThat(run("", "validate", "--entity", "emailaccounts", seed)).isEqualTo(implicit);
    assertThat(run("", "validate", "--entity", "EmailAccounts", seed)).isEqualTo(implicit);
    assertThat(run("", "rules", "--entity", "emailaccounts")).isEqualTo(run("", "rules"));
  }

  @Test
  void anUnknownEntityIsAUsageError() {
    Outcome outcome = run(BOOKING, "validate", "--entity", "bookingz");
    assertThat(outcome.status()).isEqualTo(PreflightCli.ERROR);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEqualTo("preflight: unknown entity 'bookingz' ('preflight entities' lists the "
        + dev.preflight.catalogue.EntityCatalogue.standard().entities().size() + " it knows). Try 'preflight --help'.\n");
    assertThat(run("", "validate", "--entity").err())
        .isEqualTo("preflight: --entity needs a value: an entity name (preflight entities lists them). "
            + "Try 'preflight --help'.\n");
    assertThat(run("", "rules", "bookings").err())
        .isEqualTo("preflight: rules takes only --entity NAME, not 'bookings'. Try 'preflight --help'.\n");
  }

  @Test
  void aReadOnlyEntityHasNoRulesAndAWriteNexudusDoesNotOfferIsRefusedInTheCatalogueWords() {
    assertThat(run("", "rules", "--entity", "audittrailentries").err())
        .isEqualTo("preflight: audittrailentries has no rules: Nexudus offers no write for audittrailentries"
            + " (it offers list, get). Try 'preflight --help'.\n");
    Outcome update = run("{\"Id\":1}", "validate", "--entity", "currencies", "-");
    assertThat(update.status()).isEqualTo(2);
    assertThat(update.err()).isEqualTo("preflight: Nexudus offers no update for currencies (it offers list, get)."
        + " Try 'preflight --help'.\n");
  }

  @Test
  void entitiesListsEveryCatalogueEntityWithItsPathAndFieldCount() {
    Outcome outcome = run("", "entities");

    assertThat(outcome.status()).isZero();
    List<dev.preflight.catalogue.Entity> entities = dev.preflight.catalogue.EntityCatalogue.standard().entities();
    assertThat(outcome.out().lines()).hasSize(entities.size());
    dev.preflight.catalogue.Entity bookings = entities.stream().filter(e -> e.name().equals("bookings")).findFirst()
        .orElseThrow();
    assertThat(outcome.out().lines()).contains(String.format("%-32s %-40s %-15s %-20s %3d fields", "bookings",
        "spaces/bookings", "official page", "create,update,delete", bookings.fields().size()));
    assertThat(outcome.out().lines()).contains(String.format("%-32s %-40s %-15s %-20s %3d fields", "audittrailentries",
        "sys/audittrailentries", "official page", "read-only", 9));
    assertThat(outcome.out().lines()).anyMatch(line -> line.startsWith("emailaccounts ")
        && line.contains(" crm/emailaccounts ") && line.contains(" official page "));
    assertThat(outcome.out().lines()).anyMatch(line -> line.startsWith("aichannelsessions ") && line.contains("(path unknown)"));
  }

  @Test
  void rulesOfAnotherEntityListItsRequiredFieldsEnumsAndDateTimes() {
    List<String> lines = run("", "rules", "--entity", "checkins").out().lines().toList();

    assertThat(lines).containsExactly(
        "required               is a required field",
        "                         Id, BusinessId, FromTime",
        "date-time              is not a valid date and time",
        "                         FromTime, ToTime, LastActivity, FromTimeLocal, ToTimeLocal");
  }

  @Test
  void everySubcommandAnswersHelp() {
    for (String[] args : new String[][] {{"validate", "--help"}, {"rules", "-h"}, {"entities", "--help"}, {"help"}}) {
      Outcome outcome = run("", args);
      assertThat(outcome.status()).as(String.join(" ", args)).isZero();
      assertThat(outcome.out()).as(String.join(" ", args)).isEqualTo(PreflightCli.USAGE);
    }
  }

  @Test
  void anEntityNamedAsOneRecordGetsASuggestion() {
    Outcome outcome = run("", "validate", "--entity", "Booking", "-");

    assertThat(outcome.status()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo("preflight: unknown entity 'Booking'; did you mean 'bookings'? ('preflight "
        + "entities' lists the 211 it knows). Try 'preflight --help'." + System.lineSeparator());
  }
}
