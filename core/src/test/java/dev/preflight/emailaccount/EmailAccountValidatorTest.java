package dev.preflight.emailaccount;

import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import dev.preflight.validation.ValidationError;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.RuleDescription;
import dev.preflight.validation.InputErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.Property;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class EmailAccountValidatorTest {
  private static final String REQUIRED = "is a required field";
  private static final String PORT_RANGE = "must be between 1 and 65535";

  private final EmailAccountValidator validator = EmailAccountValidator.standard();

  @Test
  void validSeedRequestGivesTheSeedsSuccessEnvelope() {
    ValidationResponse response = validator.validate(Fixtures.validAccount());

    assertThat(response.wasSuccessful()).isTrue();
    assertThat(response.message()).isEqualTo("EmailAccount was successfully updated.");
    assertThat(response.value()).isEqualTo(new RecordId(87654321L));
    assertThat(response.errors()).isEmpty();
  }

  @Test
  void seedRequestWithoutDisplayNameGivesTheSeeds400Envelope() {
    EmailAccount account = Fixtures.validAccount().toBuilder().displayName(null).build();

    ValidationResponse response = validator.validate(account);

    assertThat(response.message()).isEqualTo("DisplayName: is a required field");
    assertThat(response.value()).isNull();
    assertThat(response.errors()).containsExactly(new ValidationError("DisplayName", null, REQUIRED));
    assertThat(response.wasSuccessful()).isFalse();
  }

  @Test
  void seedCurlExampleGivesEveryErrorTheContractImpliesInContractOrder() {
    ValidationResponse response = validator.validate(Fixtures.seedCurlExample());

    assertThat(response.message()).isEqualTo("BusinessId: is a required field");
    assertThat(response.errors())
        .containsExactly(
            new ValidationError("BusinessId", 0L, REQUIRED),
            new ValidationError("DisplayName", "", REQUIRED),
            new ValidationError("EmailAddress", "", REQUIRED),
            new ValidationError("IncomingServer", "", REQUIRED),
            new ValidationError("IncomingServerType", 0, REQUIRED),
            new ValidationError("IncomingServerPort", 0, PORT_RANGE),
            new ValidationError("IncomingServerUsername", "", REQUIRED),
            new ValidationError("DeleteMessageSettings", 0, REQUIRED),
            new ValidationError("OutgoingServer", "", REQUIRED),
            new ValidationError("OutgoingServerPort", 0, PORT_RANGE),
            new ValidationError("OutgoingServerUsername", "", REQUIRED));
  }

  @Test
  void emptyRecordReportsEachRequiredPropertyOnce() {
    ValidationResponse response = validator.validate(EmailAccount.builder().build());

    assertThat(response.errors()).extracting(ValidationError::propertyName)
        .containsExactly(
            "Id", "BusinessId", "DisplayName", "EmailAddress", "IncomingServer", "IncomingServerType",
            "IncomingServerPort", "IncomingServerUsername", "DeleteMessageSettings", "OutgoingServer",
            "OutgoingServerPort", "OutgoingServerUsername", "LastMessageId", "ErrorCount");
    assertThat(response.errors()).allSatisfy(error -> {
      assertThat(error.message()).isEqualTo(REQUIRED);
      assertThat(error.attemptedValue()).isNull();
    });
  }

  @Test
  void createDoesNotRequireIdAndReportsIdZeroOnSuccess() {
    EmailAccountValidator create = EmailAccountValidator.builder().operation(Operation.CREATE).build();
    EmailAccount account = Fixtures.validAccount().toBuilder().id(null).build();

    ValidationResponse response = create.validate(account);

    assertThat(response).isEqualTo(
        ValidationResponse.success("EmailAccount was successfully created.", new RecordId(0)));
    assertThat(create.validate(account.toBuilder().id(0L).build()).wasSuccessful()).isTrue();
    assertThat(create.validate(account.toBuilder().id(-5L).build()).errors())
        .containsExactly(new ValidationError("Id", -5L, "must be greater than 0"));
  }

  @Test
  void forOperationKeepsTheRulesAndChangesTheOperation() {
    EmailAccountValidator lenientUpdate = EmailAccountValidator.builder().removeRule("port-range").build();
    EmailAccountValidator lenientCreate = lenientUpdate.forOperation(Operation.CREATE);
    EmailAccount account = Fixtures.validAccount().toBuilder().id(null).incomingServerPort(0).build();

    assertThat(lenientCreate.operation()).isEqualTo(Operation.CREATE);
    assertThat(lenientCreate.validate(account).wasSuccessful()).isTrue();
    assertThat(lenientUpdate.validate(account).errors()).containsExactly(new ValidationError("Id", null, REQUIRED));
    assertThat(lenientUpdate.forOperation(Operation.UPDATE)).isSameAs(lenientUpdate);
  }

  @Test
  void builtInRulesReportAtMostOneErrorPerPropertyTheFirstInCatalogueOrder() {
    String longAndBroken = "a\u0001" + "x".repeat(300) + "@example.com";
    EmailAccount account = Fixtures.validAccount().toBuilder().emailAddress(longAndBroken).build();

    assertThat(validator.validate(account).errors())
        .containsExactly(new ValidationError("EmailAddress", longAndBroken, "must not contain control characters"));
  }

  @Test
  void errorsAreOrderedByPropertyThenBuiltInThenUserRulesInRegistrationOrder() {
    EmailAccountValidator custom =
        EmailAccountValidator.builder()
            .addRule(rule("first", (a, c) -> {
              c.report("Zeta", "z", "user zeta");
              c.report(Property.ERROR_COUNT.wireName(), Property.ERROR_COUNT.valueIn(a), "user first on ErrorCount");
              c.report(Property.DISPLAY_NAME.wireName(), Property.DISPLAY_NAME.valueIn(a), "user first on DisplayName");
            }))
            .addRule(rule("second", (a, c) -> {
              c.report("Alpha", 1, "user alpha");
              c.report("displayname", "shown", "user second on DisplayName");
            }))
            .build();
    EmailAccount account = Fixtures.validAccount().toBuilder().displayName(" ").errorCount(-1).build();

    assertThat(custom.validate(account).errors())
        .containsExactly(
            new ValidationError("DisplayName", " ", REQUIRED),
            new ValidationError("DisplayName", " ", "user first on DisplayName"),
            new ValidationError("DisplayName", "shown", "user second on DisplayName"),
            new ValidationError("ErrorCount", -1, "must be greater than or equal to 0"),
            new ValidationError("ErrorCount", -1, "user first on ErrorCount"),
            new ValidationError("Zeta", "z", "user zeta"),
            new ValidationError("Alpha", 1, "user alpha"));
  }

  @Test
  void sameRecordAlwaysGivesEqualResponses() {
    EmailAccount account = Fixtures.seedCurlExample();
    assertThat(validator.validate(account)).isEqualTo(validator.validate(account));
  }

  @Test
  void readErrorsCloseTheirPropertyAndMergeInContractOrder() {
    EmailAccountValidator custom =
        EmailAccountValidator.builder()
            .addRule(rule("on-port", (a, c) -> c.report(Property.INCOMING_SERVER_PORT.wireName(), Property.INCOMING_SERVER_PORT.valueIn(a), "user on port")))
            .build();
    EmailAccount account = Fixtures.validAccount().toBuilder().incomingServerPort(null).displayName("").build();
    List<ValidationError> readErrors =
        List.of(
            InputErrors.unknownProperty("Colour"),
            InputErrors.wrongType(Property.INCOMING_SERVER_PORT.wireName(), "993", Property.INCOMING_SERVER_PORT.wrongTypeMessage()));

    assertThat(custom.validate(account, readErrors).errors())
        .containsExactly(
            new ValidationError("DisplayName", "", REQUIRED),
            new ValidationError("IncomingServerPort", "993", "is not a valid integer"),
            new ValidationError("Colour", null, "is not a known field"));
  }

  @Test
  void removingARuleByIdStopsItEverywhere() {
    EmailAccountValidator lenient = EmailAccountValidator.builder().removeRule("port-range").build();

    assertThat(lenient.validate(Fixtures.validAccount().toBuilder().incomingServerPort(0).outgoingServerPort(70000).build())
            .wasSuccessful())
        .isTrue();
    assertThat(lenient.ruleIds()).doesNotContain("port-range").hasSize(11);
  }

  @Test
  void removingARuleForOnePropertyKeepsItForTheOthers() {
    EmailAccountValidator noTypeRequired =
        EmailAccountValidator.builder().removeRule("required", Property.INCOMING_SERVER_TYPE).build();
    EmailAccount account = Fixtures.validAccount().toBuilder().incomingServerType((Integer) null).displayName(null).build();

    assertThat(noTypeRequired.validate(account).errors())
        .containsExactly(new ValidationError("DisplayName", null, REQUIRED));
  }

  @Test
  void removingARuleForOnePropertyAlsoFiltersUserRules() {
    EmailAccountValidator custom =
        EmailAccountValidator.builder()
            .addRule(rule("mine", (a, c) -> {
              c.report(Property.DISPLAY_NAME.wireName(), Property.DISPLAY_NAME.valueIn(a), "a");
              c.report(Property.ACTIVE.wireName(), Property.ACTIVE.valueIn(a), "b");
            }))
            .removeRule("mine", Property.DISPLAY_NAME)
            .build();

    assertThat(custom.validate(Fixtures.validAccount()).errors())
        .containsExactly(new ValidationError("Active", null, "b"));
  }

  @Test
  void removingThenAddingARuleWithTheSameIdReplacesIt() {
    EmailAccountValidator replaced =
        EmailAccountValidator.builder()
            .removeRule("email-format")
            .addRule(rule("email-format", (a, c) -> {
              if (a.emailAddress() != null && !a.emailAddress().endsWith("@example.com")) {
                c.report(Property.EMAIL_ADDRESS.wireName(), Property.EMAIL_ADDRESS.valueIn(a), "must be on example.com");
              }
            }))
            .build();

    assertThat(replaced.validate(Fixtures.validAccount().toBuilder().emailAddress("not an address").build()).errors())
        .containsExactly(new ValidationError("EmailAddress", "not an address", "must be on example.com"));
    assertThat(replaced.ruleIds()).endsWith("email-format");
  }

  @Test
  void removingAnUnknownRuleIsAnErrorThatNamesTheKnownOnes() {
    assertThatThrownBy(() -> EmailAccountValidator.builder().removeRule("port-ranges"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no rule with id 'port-ranges'; the rules present are [required, positive-id,");
  }

  @Test
  void userRulesSeeTheOperationAndSecretsAreRedactedInTheirErrors() {
    List<Operation> seen = new ArrayList<>();
    EmailAccountValidator custom =
        EmailAccountValidator.builder()
            .addRule(rule("token-check", (a, c) -> {
              seen.add(c.operation());
              c.report(Property.GOOGLE_ACCESS_TOKEN.wireName(), Property.GOOGLE_ACCESS_TOKEN.valueIn(a), "is expired");
              c.report("office365accesstoken", a.office365AccessToken(), "is expired");
            }))
            .build();

    ValidationResponse response = custom.validate(Fixtures.fullAccount());

    assertThat(seen).containsExactly(Operation.UPDATE);
    assertThat(response.errors())
        .containsExactly(
            new ValidationError("GoogleAccessToken", "***", "is expired"),
            new ValidationError("Office365AccessToken", "***", "is expired"));
    assertThat(response.toString()).doesNotContain("secret-token");
  }

  @Test
  void aRuleThatThrowsIsNamedInTheException() {
    EmailAccountValidator broken =
        EmailAccountValidator.builder().addRule(rule("broken", (a, c) -> {
          throw new IllegalStateException("boom");
        })).build();

    assertThatThrownBy(() -> broken.validate(Fixtures.validAccount()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule 'broken' broke its contract by throwing java.lang.IllegalStateException")
        .hasRootCauseMessage("boom");
  }

  @Test
  void serviceLoaderRulesJoinOnlyWhenAskedFor() {
    EmailAccount account = Fixtures.validAccount().toBuilder().displayName("ACME front desk").build();
    ClassLoader loader = getClass().getClassLoader();

    assertThat(EmailAccountValidator.builder().build().validate(account).wasSuccessful()).isTrue();
    assertThat(EmailAccountValidator.builder().loadRules(loader).build().validate(account).errors())
        .containsExactly(new ValidationError("DisplayName", "ACME front desk", "must not mention ACME"));
  }

  @Test
  void descriptionsListTheCatalogueInOrderAndFollowRemovals() {
    List<RuleDescription> rows = EmailAccountValidator.standard().descriptions();

    assertThat(rows).extracting(RuleDescription::ruleId)
        .containsExactly(
            "required", "positive-id", "non-negative", "port-range", "enum-code", "enum-code",
            "no-control-characters", "max-length", "max-length", "email-format", "host-name",
            "date-time", "notification-address", "ssl-port-coherence", "ssl-port-coherence",
            "ssl-port-coherence");
    assertThat(rows.get(0).propertyNames()).hasSize(14);
    assertThat(EmailAccountValidator.builder().operation(Operation.CREATE).build().descriptions().get(0).propertyNames())
        .hasSize(13)
        .doesNotContain("Id");
    assertThat(EmailAccountValidator.builder().removeRule("port-range", Property.INCOMING_SERVER_PORT).build()
            .descriptions())
        .contains(new RuleDescription("port-range", List.of(Property.OUTGOING_SERVER_PORT.wireName()), PORT_RANGE));
  }

  @Test
  void oneValidatorSharedByThreadsGivesIdenticalResults() throws Exception {
    List<EmailAccount> accounts =
        List.of(Fixtures.validAccount(), Fixtures.seedCurlExample(), Fixtures.fullAccount(),
            EmailAccount.builder().build(), Fixtures.validAccount().toBuilder().emailAddress("bad@").build());
    List<ValidationResponse> expected = accounts.stream().map(validator::validate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationResponse>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<ValidationResponse> last = List.of();
          for (int i = 0; i < 2_000; i++) {
            last = accounts.stream().map(validator::validate).toList();
            if (!last.equals(expected)) {
              return last;
            }
          }
          return last;
        }));
      }
      for (Future<List<ValidationResponse>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Rule rule(String id, BiConsumer<EmailAccount, RuleContext> body) {
    return new EmailAccountRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void validate(EmailAccount account, RuleContext context) {
        body.accept(account, context);
      }
    };
  }
}
