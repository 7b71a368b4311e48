package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.JsonText;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ReadResult;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract §5, row by row. */
class EmailAccountReaderTest {
  private final RecordReader<EmailAccount> reader = RecordReader.emailAccounts();
  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  /** The valid seed request with {@code members} spliced in after its opening brace. */
  static String validWith(String members) {
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    return "{" + members + "," + valid.substring(1);
  }

  /** The valid seed request without {@code property}, with {@code members} spliced in. */
  static String validWithout(String property, String members) {
    String valid = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder()
        .set(dev.preflight.emailaccount.Property.fromWireName(property), null).build());
    return "{" + members + "," + valid.substring(1);
  }

  private List<ValidationError> errors(String json) {
    return reader.read(json).validate(validator::validate).errors();
  }

  private static String bodyErrorJson(String message) {
    return "{\"Message\":\"$: " + message + "\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":null,\"Message\":\""
        + message + "\",\"PropertyName\":\"$\"}],\"WasSuccessful\":false}";
  }

  private String envelope(byte[] json) {
    return EnvelopeJson.toJson(reader.read(json).validate(validator::validate));
  }

  @Test
  void truncatedJsonGivesTheParsersPosition() {
    assertThat(envelope("{\"Id\": 1,".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(bodyErrorJson("is not valid JSON (line 1, column 10)"));
  }

  @Test
  void syntaxErrorOnLineThreeColumnSeven() {
    assertThat(envelope("{\n  \"Id\": 1,\n  \"a\" 1\n}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(bodyErrorJson("is not valid JSON (line 3, column 7)"));
  }

  @Test
  void invalidUtf8IsNotJsonAtTheBadByte() {
    byte[] json = {'{', '"', 'D', 'i', 's', 'p', 'l', 'a', 'y', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
    assertThat(envelope(json)).isEqualTo(bodyErrorJson("is not valid JSON (line 1, column 17)"));
  }

  @Test
  void emptyBodyIsNotJson() {
    assertThat(envelope(new byte[0])).isEqualTo(bodyErrorJson("is not valid JSON (line 1, column 1)"));
  }

  @Test
  void jsonThatIsNotAnObjectIsRefused() {
    for (String json : List.of("[1,2]", "\"text\"", "42", "null", "true", "[]")) {
      assertThat(envelope(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(bodyErrorJson("must be a JSON object"));
    }
  }

  @Test
  void bodyOverTheLimitIsRefusedBeforeParsing() {
    byte[] json = new byte[1_048_577];
    java.util.Arrays.fill(json, (byte) ' ');
    assertThat(envelope(json)).isEqualTo(bodyErrorJson("must be at most 1048576 bytes"));
  }

  @Test
  void streamOverTheLimitIsNotReadBeyondIt() throws Exception {
    RecordReader<EmailAccount> small = RecordReader.emailAccounts(new JsonLimits(100, 32, 65536), false);
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[10_000]);
    assertThat(small.read(in).errors()).containsExactly(new ValidationError("$", null, "must be at most 100 bytes"));
    assertThat(in.available()).isEqualTo(10_000 - 101);
  }

  @Test
  void nestingOfTheLimitIsFineAndOneMoreIsTooDeep() {
    String ok = validWith("\"Extra\":" + "[".repeat(31) + "]".repeat(31));
    String deep = validWith("\"Extra\":" + "[".repeat(32) + "]".repeat(32));
    assertThat(errors(ok)).isEmpty();
    assertThat(envelope(deep.getBytes(StandardCharsets.UTF_8))).isEqualTo(bodyErrorJson("is nested too deeply"));
  }

  @Test
  void wrongTypesKeepTheRawValueAndItsJsonType() {
    String json = validWithout("Id", "\"Id\":\"123\"");
    assertThat(EnvelopeJson.toJson(reader.read(json).validate(validator::validate))).isEqualTo(JsonText.compact("""
        {"Message":"Id: is not a valid integer","Value":null,"Errors":[
          {"AttemptedValue":"123","Message":"is not a valid integer","PropertyName":"Id"}
        ],"WasSuccessful":false}"""));
  }

  @Test
  void eachKindOfWrongType() {
    assertThat(errors(validWithout("Id", "\"Id\":1.5")))
        .containsExactly(new ValidationError("Id", new BigDecimal("1.5"), "is not a valid integer"));
    assertThat(errors(validWithout("Id", "\"Id\":1e2")))
        .containsExactly(new ValidationError("Id", new BigDecimal("1e2"), "is not a valid integer"));
    assertThat(errors(validWithout("Id", "\"Id\":9223372036854775808")))
        .containsExactly(new ValidationError("Id", new BigInteger("9223372036854775808"), "is not a valid integer"));
    assertThat(errors(validWithout("IncomingServerPort", "\"IncomingServerPort\":2147483648")))
        .containsExactly(new ValidationError("IncomingServerPort", 2147483648L, "is not a valid integer"));
    assertThat(errors(validWithout("IncomingServerSSL", "\"IncomingServerSSL\":\"true\"")))
        .containsExactly(new ValidationError("IncomingServerSSL", "true", "is not a valid boolean"));
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":5")))
        .containsExactly(new ValidationError("DisplayName", 5L, "is not a valid string"));
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":[\"a\"]")))
        .containsExactly(new ValidationError("DisplayName", null, "is not a valid string"));
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":{\"a\":1}")))
        .containsExactly(new ValidationError("DisplayName", null, "is not a valid string"));
    assertThat(errors(validWith("\"LastCheckTime\":20250115")))
        .containsExactly(new ValidationError("LastCheckTime", 20250115L, "is not a valid date and time"));
    assertThat(errors(validWith("\"Active\":1")))
        .containsExactly(new ValidationError("Active", 1L, "is not a valid boolean"));
  }

  @Test
  void aPropertyWithATypeErrorGetsThatErrorOnly() {
    assertThat(errors(validWithout("EmailAddress", "\"EmailAddress\":false")))
        .containsExactly(new ValidationError("EmailAddress", false, "is not a valid string"));
  }

  @Test
  void duplicatePropertiesComparedCaseInsensitivelyReportTheSecondValue() {
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":\"a\",\"displayname\":\"b\"")))
        .containsExactly(new ValidationError("DisplayName", "b", "is specified more than once"));
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":\"a\",\"DISPLAYNAME\":[1],\"displayName\":\"c\"")))
        .containsExactly(new ValidationError("DisplayName", null, "is specified more than once"));
  }

  @Test
  void overLongStringsEchoTheirStart() {
    String big = "x".repeat(65_537);
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":\"" + big + "\"")))
        .containsExactly(new ValidationError("DisplayName", "x".repeat(64) + "…", "must be at most 65536 characters"));
    assertThat(errors(validWithout("DisplayName", "\"DisplayName\":\"" + "x".repeat(65_536) + "\""))).isEmpty();
  }

  @Test
  void namesMatchCaseInsensitivelyAndErrorsUseTheCanonicalSpelling() {
    String json = EmailAccountJson.toJson(Fixtures.validAccount()).replace("\"DisplayName\"", "\"displayNAME\"")
        .replace("\"Front desk\"", "\"\"");
    assertThat(errors(json)).containsExactly(new ValidationError("DisplayName", "", "is a required field"));
  }

  @Test
  void unknownPropertiesAreIgnoredUnlessStrict() {
    String json = validWith("\"Colour\":\"red\",\"Nested\":{\"GoogleAccessToken\":\"secret\"}");
    assertThat(errors(json)).isEmpty();
    RecordReader<EmailAccount> strict = RecordReader.emailAccounts(JsonLimits.DEFAULTS, true);
    assertThat(strict.read(json).validate(validator::validate).errors()).containsExactly(
        new ValidationError("Colour", null, "is not a known field"),
        new ValidationError("Nested", null, "is not a known field"));
  }

  @Test
  void readingErrorsMergeWithValidationErrorsInContractOrder() {
    String json = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().incomingServerPort(0).build())
        .replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":5,\"Zzz\":1");
    RecordReader<EmailAccount> strict = RecordReader.emailAccounts(JsonLimits.DEFAULTS, true);
    assertThat(strict.read(json).validate(validator::validate).errors()).containsExactly(
        new ValidationError("DisplayName", 5L, "is not a valid string"),
        new ValidationError("IncomingServerPort", 0, "must be between 1 and 65535"),
        new ValidationError("Zzz", null, "is not a known field"));
  }

  @Test
  void bodyErrorsStandAlone() {
    assertThat(errors("{\"Id\":\"x\",\"DisplayName\":5,")).containsExactly(
        new ValidationError("$", null, "is not valid JSON (line 1, column 27)"));
  }

  @Test
  void aRecordWithReadingErrorsIsNeverHandedOut() {
    ReadResult<EmailAccount> result = reader.read(validWithout("DisplayName", "\"DisplayName\":5"));
    assertThat(result.record()).isEmpty();
    assertThat(result.isBodyError()).isFalse();
    assertThat(reader.read("[]").isBodyError()).isTrue();
  }

  @Test
  void byteOrderMarkIsSkipped() {
    byte[] json = ("\uFEFF" + EmailAccountJson.toJson(Fixtures.validAccount())).getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(json).record()).contains(Fixtures.validAccount());
  }

  @Test
  void aRealReplacementCharacterIsTextButMalformedUtf8AfterItIsNot() {
    String name = "Desk \uFFFD";
    byte[] json = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().displayName(name).build())
        .getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(json).record().orElseThrow().displayName()).isEqualTo(name);

    byte[] broken = {'{', '"', 'a', '"', ':', '"', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC3, '"', '}'};
    assertThat(envelope(broken)).isEqualTo(bodyErrorJson("is not valid JSON (line 1, column 8)"));
  }

  @Test
  void nullsAreAbsentValues() {
    String json = "{\"Id\":null,\"DisplayName\":null}";
    ValidationResponse response = reader.read(json).validate(validator::validate);
    assertThat(response.errors()).hasSize(14).allMatch(e -> e.message().equals("is a required field"));
  }

  @Test
  void aDuplicateAfterATypeErrorAndATypeErrorAfterADuplicateBothReportTheFirstProblemInStreamOrder() {
    assertThat(errors(validWithout("LastMessageId", "\"LastMessageId\":\"x\",\"LastMessageId\":5")))
        .containsExactly(new ValidationError("LastMessageId", "x", "is not a valid integer"));
    assertThat(errors(validWithout("LastMessageId", "\"LastMessageId\":5,\"lastmessageid\":\"x\"")))
        .containsExactly(new ValidationError("LastMessageId", "x", "is specified more than once"));
  }

  @Test
  void theKelvinSignIsNotAK() {
    RecordReader<EmailAccount> strictReader = RecordReader.emailAccounts(JsonLimits.DEFAULTS, true);

    assertThat(strictReader.read("{\"Id\":1,\"LastChec\u212aTime\":\"x\"}").errors())
        .containsExactly(new ValidationError("LastChec\u212aTime", null, "is not a known field"));
    assertThat(reader.read("{\"Id\":1,\"LastChec\u212aTime\":\"x\"}").errors()).isEmpty();
  }

  @Test
  void anArrayElementNestedTooDeeplyIsReportedAndTheNextOneIsRead() throws Exception {
    RecordReader<EmailAccount> shallow = RecordReader.emailAccounts(new JsonLimits(1000, 4, 256), false);
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    String json = "[" + valid + ",{\"Id\":1,\"x\":[[[[[[1,{\"a\":[]}]]]]]],\"y\":2}," + "[[[[[[[[]]]]]]]]" + ","
        + "{\"DisplayName\":[{\"a\":{\"b\":[\"]]]]\"]}}],\"Id\":3}," + valid + "]";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();

    boolean complete = shallow.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    ValidationError tooDeep = new ValidationError("$", null, "is nested too deeply");
    assertThat(complete).isTrue();
    assertThat(results).hasSize(5);
    assertThat(results.get(0).record()).contains(Fixtures.validAccount());
    assertThat(results.get(1).errors()).containsExactly(tooDeep);
    assertThat(results.get(2).errors()).containsExactly(tooDeep);
    assertThat(results.get(3).errors()).containsExactly(tooDeep);
    assertThat(results.get(4).record()).contains(Fixtures.validAccount());
  }

  @Test
  void anElementDeeperThanTheParserCanFollowEndsTheReading() throws Exception {
    RecordReader<EmailAccount> shallow = RecordReader.emailAccounts(new JsonLimits(1000, 4, 256), false);
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    String json = "[" + valid + "," + "[".repeat(5_000) + "]".repeat(5_000) + "," + valid + "]";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();

    boolean complete = shallow.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    assertThat(complete).isFalse();
    assertThat(results).hasSize(2);
    assertThat(results.get(1).errors()).containsExactly(new ValidationError("$", null, "is nested too deeply"));
  }

  @Test
  void readArraySaysWhetherItReadTheArrayToItsEnd() throws Exception {
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    assertThat(reader.readArray(new ByteArrayInputStream(("[" + valid + "]").getBytes(StandardCharsets.UTF_8)), r -> {}))
        .isTrue();
    assertThat(reader.readArray(new ByteArrayInputStream(("[" + valid + ",{,}," + valid + "]")
        .getBytes(StandardCharsets.UTF_8)), r -> {})).isFalse();
    assertThat(reader.readArray(new ByteArrayInputStream(("[" + valid + "] x").getBytes(StandardCharsets.UTF_8)), r -> {}))
        .isTrue();
  }

  @Test
  void arraysOfRecordsAreStreamedElementByElement() throws Exception {
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    String json = "[" + valid + ",42,{\"Id\":\"x\"}," + valid + "]";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();
    reader.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    assertThat(results).hasSize(4);
    assertThat(results.get(0).record()).contains(Fixtures.validAccount());
    assertThat(results.get(1).errors()).containsExactly(new ValidationError("$", null, "must be a JSON object"));
    assertThat(results.get(2).errors()).containsExactly(new ValidationError("Id", "x", "is not a valid integer"));
    assertThat(results.get(3).record()).contains(Fixtures.validAccount());
  }

  @Test
  void arrayElementsAreHeldToTheSizeLimitAndTheNextOneIsStillRead() throws Exception {
    RecordReader<EmailAccount> strictSmall = RecordReader.emailAccounts(new JsonLimits(1000, 32, 256), true);
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    String zeros = "0,".repeat(600) + "0";
    String manyUnknown = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "\"u" + i + "\":0")
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    String json = "[" + valid
        + "," + manyUnknown
        + ",{\"Id\":1,\"x\":[" + zeros + "]}"
        + ",{\"a\":[" + zeros + "],\"b\":{\"c\":[1,{\"d\":[2]}]},\"Id\":3}"
        + "," + valid + "]";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();
    strictSmall.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    ValidationError tooLarge = new ValidationError("$", null, "must be at most 1000 bytes");
    assertThat(results).hasSize(5);
    assertThat(results.get(0).record()).contains(Fixtures.validAccount());
    assertThat(results.get(1).errors()).containsExactly(tooLarge);
    assertThat(results.get(2).errors()).containsExactly(tooLarge);
    assertThat(results.get(3).errors()).containsExactly(tooLarge);
    assertThat(results.get(4).record()).contains(Fixtures.validAccount());
  }

  @Test
  void anArrayElementTooLargeToBufferEndsTheReading() throws Exception {
    RecordReader<EmailAccount> small = RecordReader.emailAccounts(new JsonLimits(1000, 32, 256), false);
    String valid = EmailAccountJson.toJson(Fixtures.validAccount());
    String json = "[" + valid + ",{\"DisplayName\":\"" + "x".repeat(1_500) + "\"}," + valid
        + ",{\"DisplayName\":\"" + "x".repeat(50_000_000) + "\"}," + valid + "]";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();
    small.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    ValidationError tooLarge = new ValidationError("$", null, "must be at most 1000 bytes");
    assertThat(results).hasSize(4);
    assertThat(results.get(0).record()).contains(Fixtures.validAccount());
    assertThat(results.get(1).errors()).containsExactly(tooLarge);
    assertThat(results.get(2).record()).contains(Fixtures.validAccount());
    assertThat(results.get(3).errors()).containsExactly(tooLarge);
  }

  @Test
  void inAnArrayTheFirstProblemInTheStreamIsReportedAtItsPosition() throws Exception {
    byte[] malformed = {'[', '{', '"', 'I', 'd', '"', ':', '1', '}', ',', '\n', '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"',
        '}', ']'};
    List<ReadResult<EmailAccount>> results = new ArrayList<>();
    reader.readArray(new ByteArrayInputStream(malformed), results::add);
    assertThat(results).hasSize(2);
    assertThat(results.get(1).errors()).containsExactly(new ValidationError("$", null, "is not valid JSON (line 2, column 7)"));

    byte[] syntaxFirst = {'[', '{', '"', 'I', 'd', '"', ':', 'x', '}', ',', '"', (byte) 0xC3, '(', '"', ']'};
    results.clear();
    reader.readArray(new ByteArrayInputStream(syntaxFirst), results::add);
    assertThat(results).singleElement().satisfies(
        result -> assertThat(result.errors().get(0).message()).isEqualTo("is not valid JSON (line 1, column 8)"));
  }

  @Test
  void aBrokenArrayEndsWithOneNotJsonResult() throws Exception {
    String json = "[" + EmailAccountJson.toJson(Fixtures.validAccount()) + ",{\"Id\":";
    List<ReadResult<EmailAccount>> results = new ArrayList<>();
    reader.readArray(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), results::add);

    assertThat(results).hasSize(2);
    assertThat(results.get(1).isBodyError()).isTrue();
    assertThat(results.get(1).errors().get(0).message()).startsWith("is not valid JSON");
  }

  @Test
  void readerNeverShowsAccessTokens() {
    EmailAccount account = Fixtures.fullAccount();
    String json = EmailAccountJson.toJson(account).replace("\"Active\":true", "\"Active\":\"yes\"")
        .replace("\"ya29.google-secret-token\"", "[\"ya29.google-secret-token\"]");
    String withDuplicate = json.replace("\"Office365AccessToken\"", "\"Office365AccessToken\":\"x\",\"office365accesstoken\"");
    ValidationResponse response = reader.read(withDuplicate).validate(validator::validate);

    assertThat(response.errors()).contains(
        new ValidationError("GoogleAccessToken", null, "is not a valid string"),
        new ValidationError("Office365AccessToken", "***", "is specified more than once"));
    assertThat(EnvelopeJson.toJson(response)).doesNotContain("secret-token");
  }
}
