package dev.preflight.it.app;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.client.ListQuery;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ValidationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The kind of application service users write: the injected client (over {@code @RestClient},
 * configured by MicroProfile Config) and the injected validator.
 */
@ApplicationScoped
public class EmailAccountService {
  @Inject NexudusEmailAccounts accounts;
  @Inject EmailAccountValidator validator;

  public ValidationResponse save(EmailAccount account) {
    return accounts.update(account);
  }

  public ValidationResponse add(EmailAccount account) {
    return accounts.create(account);
  }

  public EmailAccount load(long id) {
    return accounts.get(id).account();
  }

  /** Changes the display name only; every other property stays as the server has it. */
  public ValidationResponse rename(long id, String displayName) {
    return accounts.update(id, account -> account.displayName(displayName));
  }

  /** Every record the query selects, page after page. */
  public List<EmailAccount> find(ListQuery query) {
    return accounts.list(query).toList();
  }

  public ValidationResponse check(EmailAccount account) {
    return validator.validate(account);
  }
}
