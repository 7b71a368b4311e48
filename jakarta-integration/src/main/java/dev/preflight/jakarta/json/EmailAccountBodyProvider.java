package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.EnvelopeJson;
import dev.preflight.validation.ReadResult;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
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
 * format. A body that cannot be read as a whole record is answered, like Nexudus does, with 400
 * and the envelope: reading errors merged with the validator's, in the contract's order.
 *
 * <p>In a CDI container it uses the application's {@link EmailAccountValidator} and {@link
 * EmailAccountJsonReader} beans (looked up, not injected: Jersey creates providers without CDI);
 * elsewhere the standard ones.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmailAccountBodyProvider implements MessageBodyReader<EmailAccount>, MessageBodyWriter<EmailAccount> {
  private volatile @Nullable EmailAccountJsonReader reader;
  private volatile @Nullable EmailAccountValidator validator;

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == EmailAccount.class;
  }

  @Override
  public EmailAccount readFrom(
      Class<EmailAccount> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    ReadResult<EmailAccount> result = reader().read(entity);
    return result.record().orElseThrow(() -> new BadRequestException(
        Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(EnvelopeJson.toJson(result.validate(validator()::validate)))
            .build()));
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

  private EmailAccountJsonReader reader() {
    EmailAccountJsonReader found = reader;
    if (found == null) {
      found = ApplicationBeans.orElse(EmailAccountJsonReader.class, EmailAccountJsonReader::standard);
      reader = found;
    }
    return found;
  }

  private EmailAccountValidator validator() {
    EmailAccountValidator found = validator;
    if (found == null) {
      found = ApplicationBeans.orElse(EmailAccountValidator.class, EmailAccountValidator::standard);
      validator = found;
    }
    return found;
  }
}
