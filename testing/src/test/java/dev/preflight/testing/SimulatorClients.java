package dev.preflight.testing;

import dev.preflight.jakarta.client.BearerTokenSupplier;
import dev.preflight.jakarta.client.ClientSettings;
import dev.preflight.jakarta.client.EntitiesApi;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.client.PasswordCredentials;
import dev.preflight.jakarta.client.PasswordGrantTokens;
import dev.preflight.jakarta.client.TokenApi;
import dev.preflight.Validators;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Clients of a simulator over real HTTP (CXF's Rest Client), all closed by {@link #close()}. */
final class SimulatorClients implements AutoCloseable {
  private final List<AutoCloseable> open = new ArrayList<>();

  /** An EmailAccounts client with the standard validator, whose Rest Client reads for {@code readTimeout} at most. */
  NexudusEmailAccounts emailAccounts(URI uri, ClientSettings settings, Duration readTimeout, BearerTokenSupplier tokens) {
    EntitiesApi api = RestClientBuilder.newBuilder().baseUri(uri)
        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build(EntitiesApi.class);
    open.add((AutoCloseable) api);
    NexudusEntities client = NexudusEntities.of(api, Validators.standard(), settings, tokens);
    open.add(client);
    return client.emailAccounts();
  }

  /** A client of every catalogue entity with the standard validators. */
  NexudusEntities entities(URI uri, ClientSettings settings, BearerTokenSupplier tokens) {
    EntitiesApi api = RestClientBuilder.newBuilder().baseUri(uri).build(EntitiesApi.class);
    open.add((AutoCloseable) api);
    NexudusEntities entities = NexudusEntities.of(api, Validators.standard(), settings, tokens);
    open.add(entities);
    return entities;
  }

  /** Tokens from the simulator's password grant, each token exchange within {@code timeout}. */
  PasswordGrantTokens passwordGrants(URI uri, PasswordCredentials credentials, Duration timeout) {
    TokenApi api = RestClientBuilder.newBuilder().baseUri(uri).build(TokenApi.class);
    open.add((AutoCloseable) api);
    PasswordGrantTokens tokens = PasswordGrantTokens.of(api, credentials, timeout);
    open.add(tokens);
    return tokens;
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
    open.clear();
  }
}
