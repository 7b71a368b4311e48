package dev.preflight.jakarta.client;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.json.EmailAccountDocument;
import dev.preflight.jakarta.json.EntityDocument;
import dev.preflight.validation.ValidationResponse;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The typed view of Nexudus EmailAccounts: the {@link EntityRecords} of {@code emailaccounts},
 * read and written as {@link EmailAccount}s. Every call is one of those records', so it keeps
 * their guarantees (validated before it is sent by the registry's EmailAccount validator, a
 * deadline on every exchange, typed answers, secrets kept out of messages, one lock per record
 * with {@link NexudusEntities}' other views). A rejection is an {@link
 * EmailAccountValidationException}.
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
 * Thread-safe. Get it from {@link NexudusEntities#emailAccounts()}, or inject it in CDI; its client
 * owns the workers and is the one to close.
 */
public final class NexudusEmailAccounts {
  private final EntityRecords records;

  NexudusEmailAccounts(EntityRecords records) {
    this.records = records;
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
    return records.update(Objects.requireNonNull(document, "document == null").document());
  }

  /**
   * Reads record {@code id}, applies {@code change} to it, validates and {@code PUT}s it back with
   * every member the server returned, changed only where {@code change} changed the record, as
   * {@link EntityRecords#update(long, UnaryOperator)} does.
   */
  public ValidationResponse update(long id, UnaryOperator<EmailAccount.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    return records.update(id, document -> view(document).with(account -> change.apply(account).id(id)).document());
  }

  /** {@code POST}s a new record, validated for a create (no Id needed). */
  public ValidationResponse create(EmailAccount account) {
    return records.create(EmailAccountDocument.of(Objects.requireNonNull(account, "account == null")).document());
  }

  /**
   * The record with this Id, with every member Nexudus sent (see {@link EmailAccountDocument}).
   *
   * @throws NexudusNotFoundException if there is none
   * @throws NexudusServerException if the answer is not a whole record
   */
  public EmailAccountDocument get(long id) {
    return view(records.get(id));
  }

  /**
   * The records {@code query} selects, as a lazy stream, one request a page, as {@link
   * EntityRecords#list} makes them. List records are projections (Nexudus leaves collections out):
   * never {@code PUT} one back; {@link #get} the record, or use {@link #update(long, UnaryOperator)}.
   */
  public Stream<EmailAccount> list(ListQuery query) {
    return records.list(query).map(EmailAccount::from);
  }

  /** Deletes the record with this Id. */
  public ValidationResponse delete(long id) {
    return records.delete(id);
  }

  /** The records this view shows. */
  public EntityRecords records() {
    return records;
  }

  private static EmailAccountDocument view(EntityDocument document) {
    return EmailAccountDocument.of(document).orElseThrow(() -> new IllegalStateException(
        "the EmailAccount read is not a whole record"));
  }

  @Override
  public String toString() {
    return "NexudusEmailAccounts[" + records + "]";
  }
}
