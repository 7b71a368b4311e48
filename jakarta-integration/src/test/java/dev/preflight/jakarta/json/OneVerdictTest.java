package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.Validators;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.Operation;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One record, one envelope: 1,600 random EmailAccounts (about half invalid, several errors each)
 * get byte-identical envelopes, errors in one order, through the typed validator, the registry's
 * validator of any record, the JSON door's fast path and the JSON door's record path (what the body
 * providers, the entity client and the simulator use), for UPDATE and CREATE.
 */
class OneVerdictTest {
  private static final int RECORDS = 1_600;

  @Test
  void everyDoorGivesAnEmailAccountTheSameEnvelope() {
    RandomAccounts random = new RandomAccounts(20261207L);
    Random dice = random.random();
    int invalid = 0;
    for (int i = 0; i < RECORDS; i++) {
      EmailAccount account = dice.nextBoolean() ? random.valid() : broken(random.valid(), dice);
      byte[] json = EmailAccountJson.toJson(account).getBytes(StandardCharsets.UTF_8);
      for (Operation operation : Operation.values()) {
        String typed = EnvelopeJson.toJson(EmailAccountValidator.standard().forOperation(operation).validate(account));
        Validator registry = Validators.standard().validator("emailaccounts", operation);
        JsonValidator door = JsonValidators.standard().validator("EmailAccounts", operation);

        assertThat(EnvelopeJson.toJson(registry.validate(account.toRecord()))).as("registry").isEqualTo(typed);
        assertThat(EnvelopeJson.toJson(door.validate(json))).as("JSON door").isEqualTo(typed);
        assertThat(EnvelopeJson.toJson(door.validate(door.read(json)))).as("JSON door, as a record").isEqualTo(typed);
        invalid += operation == Operation.UPDATE && !typed.contains("\"WasSuccessful\":true") ? 1 : 0;
      }
    }
    assertThat(invalid).isBetween(RECORDS / 3, RECORDS * 2 / 3);
  }

  @Test
  void theRegistryHandsEveryDoorTheFlagshipForEmailAccountsAndTheEngineForTheRest() {
    assertThat(Validators.standard().validator("emailaccounts", Operation.UPDATE))
        .isInstanceOf(EmailAccountValidator.class);
    Entity bookings = Validators.standard().entity("bookings");
    assertThat(Validators.standard().validator("bookings", Operation.UPDATE).entity()).isEqualTo(bookings);
    assertThat(JsonValidators.standard().validator("emailaccounts", Operation.UPDATE).validator())
        .isSameAs(Validators.standard().validator("emailaccounts", Operation.UPDATE));
  }

  @Test
  void theIssuesExampleGetsTheFlagshipsTwoErrorsEverywhere() {
    byte[] json = EmailAccountJson.toJson(new RandomAccounts(1).valid().toBuilder()
        .emailAddress("not an address").incomingServerPort(70000).build()).getBytes(StandardCharsets.UTF_8);

    String envelope = EnvelopeJson.toJson(JsonValidators.standard().validator("emailaccounts", Operation.UPDATE)
        .validate(json));

    assertThat(envelope).contains("\"PropertyName\":\"EmailAddress\"").contains("\"PropertyName\":\"IncomingServerPort\"");
    assertThat(envelope.indexOf("EmailAddress")).isLessThan(envelope.indexOf("\"PropertyName\":\"IncomingServerPort\""));
  }

  private static EmailAccount broken(EmailAccount valid, Random dice) {
    EmailAccount.Builder builder = valid.toBuilder();
    int breaks = 1 + dice.nextInt(4);
    for (int b = 0; b < breaks; b++) {
      switch (dice.nextInt(8)) {
        case 0 -> builder.displayName(dice.nextBoolean() ? "" : null);
        case 1 -> builder.incomingServerPort(70_000 + dice.nextInt(1000));
        case 2 -> builder.emailAddress("not an address");
        case 3 -> builder.lastCheckTime("yesterday");
        case 4 -> builder.incomingServerType(9);
        case 5 -> builder.id(dice.nextBoolean() ? null : 0L);
        case 6 -> builder.outgoingServer("bad host!");
        default -> builder.errorCount(-1 - dice.nextInt(5));
      }
    }
    return builder.build();
  }
}
