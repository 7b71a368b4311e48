package dev.preflight.testing;

import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.Validators;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EmailAccountValidationException;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusAuthenticationException;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusNotFoundException;
import dev.preflight.jakarta.client.NexudusRateLimitedException;
import dev.preflight.jakarta.client.NexudusServerException;
import dev.preflight.jakarta.client.NexudusUnreachableException;
import dev.preflight.jakarta.json.EmailAccountJson;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.RecordId;
import dev.preflight.validation.ValidationResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator on loopback, driven by Preflight's own client over real HTTP (CXF). */
class NexudusSimulatorExtensionTest {
  private static final String STORED = "{\"Id\":87654321,\"SystemId\":\"CRM-1\",\"BusinessId\":123,\"DisplayName\":\"Front desk\","
      + "\"EmailAddress\":\"frontdesk@example.com\",\"IncomingServer\":\"imap.example.com\",\"IncomingServerType\":1,"
      + "\"IncomingServerPort\":993,\"IncomingServerUsername\":\"frontdesk\",\"IncomingServerPassword\":\"pw\","
      + "\"DeleteMessageSettings\":1,\"OutgoingServer\":\"smtp.example.com\",\"OutgoingServerPort\":465,"
      + "\"OutgoingServerUsername\":\"frontdesk\",\"LastMessageId\":0,\"ErrorCount\":0,\"IncomingServerSSL\":true,"
      + "\"OutgoingServerSSL\":true,\"CustomFields\":{\"Data\":[{\"Name\":\"Floor\",\"Value\":3.50}]}}";

  @RegisterExtension
  final NexudusSimulatorExtension nexudus = new NexudusSimulatorExtension();

  private EntitiesApi api;

  @BeforeEach
  void connect() {
    api = RestClientBuilder.newBuilder().baseUri(nexudus.uri()).build(EntitiesApi.class);
    // A PUT replaces a record Nexudus holds: the one the fixtures name is there to begin with.
    nexudus.simulator().put(Fixtures.validAccount());
  }

  @AfterEach
  void disconnect() throws Exception {
    ((AutoCloseable) api).close();
  }

  private NexudusEmailAccounts client(String token) {
    return NexudusEntities.of(api, Validators.standard(),
        ClientSettings.DEFAULTS.withTimeout(Duration.ofSeconds(2)), BearerTokenSupplier.fixed(token)).emailAccounts();
  }

  private NexudusEmailAccounts editor() {
    return client(NexudusSimulator.EDITOR_TOKEN);
  }

  @Test
  void anUpdateIsStoredAndAnsweredInTheReferenceShape() {
    ValidationResponse response = editor().update(Fixtures.fullAccount());

    assertThat(response).isEqualTo(ValidationResponse.success("EmailAccount was successfully updated.", new RecordId(87654321L)));
    assertThat(nexudus.simulator().get(87654321L)).contains(Fixtures.fullAccount());
    assertThat(nexudus.requests()).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("PUT");
      assertThat(request.path()).isEqualTo("/api/crm/emailaccounts");
      assertThat(request.authorization()).isEqualTo("Bearer " + NexudusSimulator.EDITOR_TOKEN);
      assertThat(request.bodyText()).isEqualTo(EmailAccountJson.toJson(Fixtures.fullAccount()));
      assertThat(request.toString()).doesNotContain(NexudusSimulator.EDITOR_TOKEN);
    });
  }

  @Test
  void everyMemberItWasSentComesBackByteForByte() {
    nexudus.simulator().putJson(STORED);

    editor().update(87654321L, account -> account.displayName("Reception"));

    assertThat(nexudus.simulator().document(87654321L).orElseThrow().toJson())
        .isEqualTo(STORED.replace("\"Front desk\"", "\"Reception\""));
  }

  @Test
  void anInvalidRecordGetsTheServersEnvelope() {
    EmailAccount invalid = Fixtures.validAccount().toBuilder().displayName(null).build();
    NexudusEmailAccounts sendsAnything = NexudusEntities.of(api, Validators.standard(),
        ClientSettings.DEFAULTS.withValidateBeforeSend(false), BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN)).emailAccounts();

    EmailAccountValidationException e = catchThrowableOfType(EmailAccountValidationException.class,
        () -> sendsAnything.update(invalid));

    assertThat(e.status()).isEqualTo(400);
    assertThat(EnvelopeJson.toJson(e.response()))
        .isEqualTo(EnvelopeJson.toJson(EmailAccountValidator.standard().validate(invalid)));
  }

  @Test
  void createAssignsAnIdAndDeleteRemoves() {
    ValidationResponse created = editor().create(Fixtures.validAccount().toBuilder().id(null).build());
    long id = created.value().id();

    assertThat(nexudus.simulator().get(id)).isPresent();
    assertThat(editor().delete(id).message()).isEqualTo("EmailAccount was successfully deleted.");
    assertThatThrownBy(() -> editor().get(id)).isInstanceOf(NexudusNotFoundException.class);
  }

  @Test
  void tokensWithoutTheEditRoleAreRefused() {
    for (String token : new String[] {"unknown", NexudusSimulator.READER_TOKEN}) {
      assertThatThrownBy(() -> client(token).update(Fixtures.validAccount())).isInstanceOf(NexudusAuthenticationException.class);
    }
    nexudus.simulator().acceptToken("mine", NexudusSimulator.EDIT_ROLE);
    assertThat(client("mine").update(Fixtures.validAccount()).wasSuccessful()).isTrue();
  }

  @Test
  void faultsReplaceTheNextAnswers() {
    nexudus.failNext(Fault.rateLimited(429, 7));
    assertThat(catchThrowableOfType(NexudusRateLimitedException.class, () -> editor().update(Fixtures.validAccount()))
        .retryAfter()).contains(Duration.ofSeconds(7));

    nexudus.failNext(Fault.serverErrorPage());
    assertThat(catchThrowableOfType(NexudusServerException.class, () -> editor().update(Fixtures.validAccount()))
        .bodyExcerpt()).startsWith("<!DOCTYPE html>");

    nexudus.failNext(Fault.notFound());
    assertThatThrownBy(() -> editor().update(Fixtures.validAccount())).isInstanceOf(NexudusNotFoundException.class);

    nexudus.failNext(Fault.unauthorized());
    assertThatThrownBy(() -> editor().update(Fixtures.validAccount())).isInstanceOf(NexudusAuthenticationException.class);

    nexudus.failNext(Fault.redirect(301, "https://spaces.nexudus.com/api/crm/emailaccounts"));
    assertThat(catchThrowableOfType(NexudusServerException.class, () -> editor().update(Fixtures.validAccount()))
        .location()).contains("https://spaces.nexudus.com/api/crm/emailaccounts");

    nexudus.failNext(Fault.validationError("{\"Message\":\"DisplayName: is taken\",\"Value\":null,\"Errors\":[{\"AttemptedValue\":"
        + "\"Front desk\",\"Message\":\"is taken\",\"PropertyName\":\"DisplayName\"}],\"WasSuccessful\":false}"));
    assertThat(catchThrowableOfType(EmailAccountValidationException.class, () -> editor().update(Fixtures.validAccount())))
        .hasMessage("EmailAccount rejected by Nexudus (HTTP 400): DisplayName: is taken");

    assertThat(editor().update(Fixtures.validAccount()).wasSuccessful()).isTrue();
    assertThat(nexudus.simulator().requestCount()).isEqualTo(7);
  }

  @Test
  void aFaultCanLastSeveralRequests() {
    nexudus.simulator().failNext(Fault.rateLimited(409, 0), 2);
    NexudusEmailAccounts patient = NexudusEntities.of(api, Validators.standard(),
        ClientSettings.DEFAULTS.withMaxAttempts(3).withMinWait(Duration.ofMillis(10)),
        BearerTokenSupplier.fixed(NexudusSimulator.EDITOR_TOKEN)).emailAccounts();

    assertThat(patient.update(Fixtures.validAccount()).wasSuccessful()).isTrue();
    assertThat(nexudus.requests()).hasSize(3);
  }

  @Test
  void aStalledBodyHoldsTheClientUntilItsDeadline(NexudusSimulator simulator) {
    simulator.failNext(Fault.stalledBody());

    NexudusUnreachableException e =
        catchThrowableOfType(NexudusUnreachableException.class, () -> editor().update(Fixtures.validAccount()));

    assertThat(e).hasMessage("Nexudus did not answer within 2000 ms: the outcome of the request is unknown");
  }

  @Test
  void resetForgetsEverything() {
    editor().update(Fixtures.validAccount());
    nexudus.simulator().acceptToken("mine", NexudusSimulator.EDIT_ROLE);
    nexudus.failNext(Fault.notFound());

    nexudus.simulator().reset();

    assertThat(nexudus.simulator().records()).isEmpty();
    assertThatThrownBy(() -> editor().update(Fixtures.validAccount())).isInstanceOf(NexudusNotFoundException.class);
    nexudus.simulator().reset();
    assertThat(nexudus.requests()).isEmpty();
    assertThat(nexudus.simulator().requestCount()).isZero();
    assertThatThrownBy(() -> client("mine").update(Fixtures.validAccount())).isInstanceOf(NexudusAuthenticationException.class);
  }
}
