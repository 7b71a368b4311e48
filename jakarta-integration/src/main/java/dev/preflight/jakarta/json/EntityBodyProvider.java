package dev.preflight.jakarta.json;

import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
import dev.preflight.jakarta.validation.ValidEntity;
import dev.preflight.validation.ReadResult;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JAX-RS request body into an {@link EntityRecord} of the entity that the parameter's
 * {@link ValidEntity} names, through the application's {@link JsonValidators} (the one JSON door
 * of every entity, EmailAccount included). A body that cannot be read as a whole record is
 * answered with 400 and the envelope, reading errors merged with the entity's validator's, as
 * {@link EmailAccountBodyProvider} does for EmailAccount. A parameter without
 * {@code @ValidEntity} is not read here: which entity it is would be a guess.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class EntityBodyProvider implements MessageBodyReader<EntityRecord> {
  private volatile @Nullable JsonValidators validators;
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == EntityRecord.class && constraint(annotations) != null;
  }

  @Override
  public EntityRecord readFrom(
      Class<EntityRecord> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    ValidEntity constraint = constraint(annotations);
    if (constraint == null) {
      throw new IllegalStateException("an EntityRecord body needs @ValidEntity to say which entity it is");
    }
    JsonValidator door = validators().validator(constraint.value(), constraint.operation());
    ReadResult<EntityRecord> result = door.read(entity);
    return result.record().orElseThrow(() -> UnreadableBody.badRequest(door, result, constraint.operation(), telemetry.get()));
  }

  private static @Nullable ValidEntity constraint(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof ValidEntity named) {
        return named;
      }
    }
    return null;
  }

  private JsonValidators validators() {
    JsonValidators found = validators;
    if (found == null) {
      found = ApplicationBeans.orElse(JsonValidators.class, JsonValidators::standard);
      validators = found;
    }
    return found;
  }
}
