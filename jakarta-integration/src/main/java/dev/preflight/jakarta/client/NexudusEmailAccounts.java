package dev.preflight.jakarta.client;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.jakarta.json.EmailAccountJsonReader;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationResponse;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Nexudus EmailAccounts, validated before they are sent. Every answer becomes a typed result or a
 * typed {@link NexudusException}: never {@code null}, never a raw JAX-RS exception, never later
 * than {@link ClientSettings#timeout()} per exchange.
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
 * Thread-safe. In CDI, inject it (the container closes it at shutdown); elsewhere build it with
 * {@link #of} and {@link #close()} it when done.
 */
public final class NexudusEmailAccounts implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(NexudusEmailAccounts.class.getName());
  private static final int CREATED = 201;
  /** The prefix of EmailAccount list filters: {@code EmailAccount_Name}. */
  private static final String ENTITY = "EmailAccount";
  private static final boolean WRITE = true;
  private static final boolean READ = false;

  private final EmailAccountsApi api;
  private final EmailAccountValidator updates;
  private final EmailAccountValidator creates;
  private final ClientSettings settings;
  private final EmailAccountJsonReader reader = EmailAccountJsonReader.standard();
  private final Exchanges exchanges;
  private final RecordLocks recordLocks = new RecordLocks();

  private NexudusEmailAccounts(
      EmailAccountsApi api, EmailAccountValidator validator, ClientSettings settings, BearerTokenSupplier tokens) {
    this.api = api;
    this.updates = validator.forOperation(Operation.UPDATE);
    this.creates = validator.forOperation(Operation.CREATE);
    this.settings = settings;
    this.exchanges = new Exchanges(settings, tokens);
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
   * {@code PUT}s a record you hold whole, built by your code: every property it leaves out, and
   * every member Nexudus has beyond the 23 of {@link EmailAccount} ({@code SystemId}, the server
   * passwords…), is cleared on the server. To change a record Nexudus holds, use {@link
   * #update(long, UnaryOperator)} or {@link #get} then {@link #update(EmailAccountDocument)}.
   *
   * @return the server's success envelope ({@code Value: {"Id": …}})
   * @throws EmailAccountValidationException if the validator or the server rejects the record
   */
  public ValidationResponse update(EmailAccount account) {
    return update(EmailAccountDocument.of(Objects.requireNonNull(account, "account == null")));
  }

  /**
   * {@code PUT}s a document read with {@link #get} (and changed with {@link
   * EmailAccountDocument#with}): every member Nexudus sent goes back as it was, but for the
   * properties the change touched. The changed record is validated first.
   */
  public ValidationResponse update(EmailAccountDocument document) {
    Objects.requireNonNull(document, "document == null");
    preflight(updates, document.account());
    return call(WRITE, Redaction.secretsIn(document.toJson()), (authorization, redaction) ->
        Answers.envelope(api.update(authorization, document), redaction, document.account().id(), Answers.OK));
  }

  /**
   * Reads record {@code id}, applies {@code change} to it, validates and {@code PUT}s it back with
   * every member the server returned, changed only where {@code change} changed the record.
   *
   * <p>Calls on the same Id through this client run one after the other, from the read to the end
   * of the write, so a change that reported success is never overwritten by a copy read before it.
   * Nexudus has no conditional PUT: a write by another process between the read and the write is
   * lost all the same (docs/jakarta-integration.md, "Concurrent updates of one record").
   */
  public ValidationResponse update(long id, UnaryOperator<EmailAccount.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    return recordLocks.holding(id, () -> update(get(id).with(account -> change.apply(account).id(id))));
  }

  /** {@code POST}s a new record, validated for {@link Operation#CREATE} (no Id needed). */
  public ValidationResponse create(EmailAccount account) {
    Objects.requireNonNull(account, "account == null");
    preflight(creates, account);
    return call(WRITE, Redaction.secretsIn(EmailAccountDocument.of(account).toJson()), (authorization, redaction) ->
        Answers.envelope(api.create(authorization, account), redaction, null, Answers.OK, CREATED));
  }

  /**
   * The record with this Id, with every member Nexudus sent (see {@link EmailAccountDocument}).
   *
   * @throws NexudusNotFoundException if there is none
   * @throws NexudusServerException if the answer is not a whole record
   */
  public EmailAccountDocument get(long id) {
    return call(READ, List.of(), (authorization, redaction) -> {
      try (Response response = api.get(authorization, id)) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        return EmailAccountDocument.read(reader, body)
            .orElseThrow(() -> Answers.unexpected(response, body, redaction));
      }
    });
  }

  /**
   * The records {@code query} selects, as a lazy stream: each page is one request, made when the
   * stream needs its first record, within the deadline and the retry settings like any other call.
   * The stream ends after the last page. A page that is not a list answer for the page asked for is
   * thrown as {@link NexudusServerException}, from the stream operation that needed it.
   *
   * <p>List records are projections (Nexudus leaves collections out): never {@code PUT} one back;
   * {@link #get} the record, or use {@link #update(long, UnaryOperator)}.
   */
  public Stream<EmailAccount> list(ListQuery query) {
    Objects.requireNonNull(query, "query == null");
    return ListPages.stream(page -> call(READ, List.of(), (authorization, redaction) -> {
      try (Response response = api.list(authorization, query.queryString(ENTITY, page))) {
        byte[] body = Answers.successBody(response, redaction, Answers.OK);
        return ListPages.parse(body, page, this::listRecord)
            .orElseThrow(() -> Answers.unexpected(response, body, redaction));
      }
    }));
  }

  private Optional<EmailAccount> listRecord(JsonObject record) {
    return EmailAccountDocument.read(reader, record.toString().getBytes(StandardCharsets.UTF_8))
        .map(EmailAccountDocument::account);
  }

  /** Deletes the record with this Id. */
  public ValidationResponse delete(long id) {
    return call(WRITE, List.of(), (authorization, redaction) ->
        Answers.envelope(api.delete(authorization, id), redaction, id, Answers.OK));
  }

  private void preflight(EmailAccountValidator validator, EmailAccount account) {
    if (settings.validateBeforeSend()) {
      ValidationResponse local = validator.validate(account);
      if (!local.wasSuccessful()) {
        LOG.log(Level.DEBUG, "EmailAccount {0} rejected before sending: {1}", account.id(), local.message());
        throw EmailAccountValidationException.local(local);
      }
    }
  }

  private <T> T call(boolean write, List<String> recordSecrets, BiFunction<@Nullable String, Redaction, T> exchange) {
    return exchanges.call(ENTITY, write, recordSecrets, exchange);
  }

  /** Exchanges on this client's workers, for a client of other entities on the same account. */
  Exchanges shareExchanges() {
    return exchanges.share();
  }

  /**
   * Ends this client's worker threads (once no {@link NexudusEntities} client shares them),
   * interrupting any exchange under way; later calls throw {@link IllegalStateException}. The REST
   * client given to {@link #of} is its owner's to close.
   */
  @Override
  public void close() {
    exchanges.close();
  }

  @Override
  public String toString() {
    return "NexudusEmailAccounts[" + settings + ", " + updates + "]";
  }
}
