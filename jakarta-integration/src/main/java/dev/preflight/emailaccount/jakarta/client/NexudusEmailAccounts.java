package dev.preflight.emailaccount.jakarta.client;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.validation.EmailAccountValidator;
import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.ValidationResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Nexudus EmailAccounts, validated before they are sent. Every answer becomes a typed result or a
 * typed {@link NexudusException}: never {@code null}, never a raw JAX-RS exception.
 *
 * <pre>{@code
 * @Inject NexudusEmailAccounts accounts;
 *
 * try {
 *   accounts.update(87654321L, account -> account.displayName("Front desk"));
 * } catch (EmailAccountValidationException e) {
 *   e.origin();     // LOCAL: nothing was sent; SERVER: Nexudus said no
 *   e.response();   // the envelope, the same either way
 * }
 * }</pre>
 *
 * Thread-safe. In CDI, inject it; elsewhere build it with {@link #of}.
 */
public final class NexudusEmailAccounts {
  private static final System.Logger LOG = System.getLogger(NexudusEmailAccounts.class.getName());
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final EmailAccountsApi api;
  private final EmailAccountValidator updates;
  private final EmailAccountValidator creates;
  private final ClientSettings settings;
  private final BearerTokenSupplier tokens;
  private final EmailAccountJsonReader reader = EmailAccountJsonReader.standard();

  private NexudusEmailAccounts(
      EmailAccountsApi api, EmailAccountValidator validator, ClientSettings settings, BearerTokenSupplier tokens) {
    this.api = api;
    this.updates = validator.forOperation(Operation.UPDATE);
    this.creates = validator.forOperation(Operation.CREATE);
    this.settings = settings;
    this.tokens = tokens;
  }

  /** A client over {@code api} that validates with {@code validator}'s rules. */
  public static NexudusEmailAccounts of(
      EmailAccountsApi api, EmailAccountValidator validator, ClientSettings settings, BearerTokenSupplier tokens) {
    return new NexudusEmailAccounts(
        Objects.requireNonNull(api, "api == null"),
        Objects.requireNonNull(validator, "validator == null"),
        Objects.requireNonNull(settings, "settings == null"),
        Objects.requireNonNull(tokens, "tokens == null"));
  }

  /**
   * {@code PUT}s the whole record. Optional properties it leaves out are cleared on the server:
   * to change a few properties, use {@link #update(long, UnaryOperator)}.
   *
   * @return the server's success envelope ({@code Value: {"Id": …}})
   * @throws EmailAccountValidationException if the validator or the server rejects the record
   */
  public ValidationResponse update(EmailAccount account) {
    return send(updates, account);
  }

  /**
   * Reads record {@code id} in full, applies {@code change} to it, validates and {@code PUT}s the
   * complete record, so no property the change does not touch is lost.
   */
  public ValidationResponse update(long id, UnaryOperator<EmailAccount.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    EmailAccount current = get(id);
    return update(change.apply(current.toBuilder()).id(id).build());
  }

  /** {@code POST}s a new record, validated for {@link Operation#CREATE} (no Id needed). */
  public ValidationResponse create(EmailAccount account) {
    return send(creates, account);
  }

  /**
   * The record with this Id, read in full.
   *
   * @throws NexudusNotFoundException if there is none
   */
  public EmailAccount get(long id) {
    return withRetry(() -> {
      try (Response response = api.get(authorization(), id)) {
        byte[] body = Answers.body(response);
        if (!Answers.isSuccessful(response.getStatus())) {
          throw Answers.unexpected(response.getStatus(), body);
        }
        return reader.read(body).account().orElseThrow(() -> Answers.unexpected(response.getStatus(), body));
      }
    });
  }

  /** Deletes the record with this Id. */
  public ValidationResponse delete(long id) {
    return withRetry(() -> Answers.envelope(api.delete(authorization(), id)));
  }

  private ValidationResponse send(EmailAccountValidator validator, EmailAccount account) {
    Objects.requireNonNull(account, "account == null");
    if (settings.validateBeforeSend()) {
      ValidationResponse local = validator.validate(account);
      if (!local.wasSuccessful()) {
        LOG.log(Level.DEBUG, "EmailAccount {0} rejected before sending: {1}", account.id(), local.message());
        throw EmailAccountValidationException.local(local);
      }
    }
    boolean update = validator.operation() == Operation.UPDATE;
    return withRetry(() -> Answers.envelope(
        update ? api.update(authorization(), account) : api.create(authorization(), account)));
  }

  private <T> T withRetry(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (NexudusRateLimitedException e) {
        Duration wait = e.retryAfter().orElse(DEFAULT_RETRY_AFTER);
        if (attempt >= settings.maxAttempts() || wait.compareTo(settings.maxWait()) > 0) {
          throw e;
        }
        LOG.log(Level.INFO, "Nexudus rate limited attempt {0} of {1}; retrying in {2} ms",
            attempt, settings.maxAttempts(), wait.toMillis());
        sleep(wait, e);
      } catch (ProcessingException e) {
        if (e.getCause() instanceof NexudusException nexudus) {
          throw nexudus;
        }
        throw new NexudusUnreachableException(e);
      }
    }
  }

  private @Nullable String authorization() {
    return Answers.authorization(tokens.token());
  }

  private static void sleep(Duration wait, NexudusRateLimitedException cause) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }

  @Override
  public String toString() {
    return "NexudusEmailAccounts[" + settings + ", " + updates + "]";
  }
}
