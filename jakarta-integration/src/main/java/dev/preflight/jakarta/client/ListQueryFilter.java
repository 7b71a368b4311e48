package dev.preflight.jakarta.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;

/**
 * Moves a list's query string from the {@value #HEADER} request header to the URI. A MicroProfile
 * Rest Client interface can only name its query parameters in advance; a Nexudus list names them
 * after the entity ({@code EmailAccount_Name}), so {@link EntitiesApi#list} carries them in
 * this header and this filter, registered on the interface, puts them where Nexudus reads them.
 */
public final class ListQueryFilter implements ClientRequestFilter {
  /** The header that carries the encoded query string; it never leaves the client. */
  public static final String HEADER = "Preflight-List-Query";

  @Override
  public void filter(ClientRequestContext request) {
    Object query = request.getHeaders().getFirst(HEADER);
    if (query == null) {
      return;
    }
    request.getHeaders().remove(HEADER);
    String uri = request.getUri().toString();
    int existing = uri.indexOf('?');
    request.setUri(URI.create((existing < 0 ? uri : uri.substring(0, existing)) + "?" + query));
  }
}
