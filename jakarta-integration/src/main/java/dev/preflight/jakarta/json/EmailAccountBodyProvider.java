package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
import dev.preflight.jakarta.validation.ValidEmailAccount;
import dev.preflight.validation.ReadResult;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.catalogue.Operation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link EmailAccount} bodies in JAX-RS (server and client) with the wire
 * format: the typed view of the one JSON door, as {@link EntityBodyProvider} reads every entity.
 * A body that cannot be read as a whole record is answered, like Nexudus does, with 400 and the
 * envelope: reading errors merged with the validator's (for the operation of the parameter's
 * {@link ValidEmailAccount}, else UPDATE), in the contract's order.
 *
 * <p>In a CDI container it uses the application's {@link JsonValidators} bean (looked up, not
 * injected: Jersey creates providers without CDI); elsewhere the standard one.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmailAccountBodyProvider implements MessageBodyReader<EmailAccount>, MessageBodyWriter<EmailAccount> {
  private volatile @Nullable JsonValidators doors;
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == EmailAccount.class;
  }

  @Override
  public EmailAccount readFrom(
      Class<EmailAccount> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    Operation operation = operation(annotations);
    JsonValidator door = doors().validator(EmailAccount.ENTITY_NAME, operation);
    ReadResult<EntityRecord> result = door.read(entity);
    return result.record().map(EmailAccount::from)
        .orElseThrow(() -> UnreadableBody.badRequest(door, result, operation, telemetry.get()));
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return EmailAccount.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      EmailAccount account, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
    entity.write(EmailAccountJson.toJson(account).getBytes(StandardCharsets.UTF_8));
  }

  /** What the parameter's {@link ValidEmailAccount} validates for; UPDATE without one. */
  private static Operation operation(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof ValidEmailAccount constraint) {
        return constraint.operation();
      }
    }
    return Operation.UPDATE;
  }

  private JsonValidators doors() {
    JsonValidators found = doors;
    if (found == null) {
      found = ApplicationBeans.orElse(JsonValidators.class, JsonValidators::standard);
      doors = found;
    }
    return found;
  }
}
