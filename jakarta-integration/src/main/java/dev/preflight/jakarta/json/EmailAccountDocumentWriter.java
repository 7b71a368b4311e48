package dev.preflight.jakarta.json;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes an {@link EmailAccountDocument} in JAX-RS (client and server): its {@code toJson()}, in UTF-8. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class EmailAccountDocumentWriter implements MessageBodyWriter<EmailAccountDocument> {

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == EmailAccountDocument.class;
  }

  @Override
  public void writeTo(
      EmailAccountDocument document, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
    entity.write(document.toJson().getBytes(StandardCharsets.UTF_8));
  }
}
