package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Operation;
import dev.preflight.jakarta.internal.ApplicationBeans;
import dev.preflight.jakarta.internal.LazyBean;
import dev.preflight.jakarta.telemetry.ClientTelemetry;
import dev.preflight.jakarta.validation.ValidEntity;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelType;
import dev.preflight.validation.ReadResult;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JAX-RS request body into a generated model ({@code Booking}, {@code Coworker}…) through
 * the application's {@link JsonValidators}, and writes a model as its JSON. The body is read as
 * {@link EntityBodyProvider} reads the entity's records, with its limits and strictness: a body that
 * cannot be read as a whole record is answered with 400 and the same envelope, reading errors
 * merged with the entity's validator's for the operation its {@link ValidEntity} gives (an update
 * without one). Validation of a whole record is Bean Validation's, through {@code @Valid
 * @ValidEntity}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ModelBodyProvider implements MessageBodyReader<EntityModel>, MessageBodyWriter<EntityModel> {
  private volatile @Nullable JsonValidators validators;
  private final LazyBean<ClientTelemetry> telemetry = new LazyBean<>(ClientTelemetry.class, ClientTelemetry::none);
  /** One reader per model class, operation and door: building one sets up its names, reading with it does not. */
  private final ConcurrentMap<String, Reader<?>> readers = new ConcurrentHashMap<>();

  private record Reader<M extends EntityModel>(JsonValidator door, RecordReader<M> models) {}

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return EntityModel.class.isAssignableFrom(type) && type != EntityModel.class;
  }

  @Override
  public EntityModel readFrom(Class<EntityModel> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    Operation operation = operation(annotations);
    Reader<?> reader = reader(type, operation);
    ReadResult<? extends EntityModel> result = reader.models().read(entity);
    return result.record().orElseThrow(() -> UnreadableBody.badRequest(reader.door(),
        result.map(EntityModel::toRecord), operation, telemetry.get()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Reader<?> reader(Class<?> type, Operation operation) {
    JsonValidators all = validators();
    String key = type.getName() + '/' + operation;
    Reader<?> found = readers.get(key);
    ModelType<?> model = ModelType.of((Class) type);
    JsonValidator door = all.validator(model.entity().name(), operation);
    if (found == null || found.door() != door) {
      found = new Reader<>(door, RecordReader.of(model, door.limits(), door.strict()));
      readers.put(key, found);
    }
    return found;
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return EntityModel.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(EntityModel model, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    out.write(model.toJson().getBytes(StandardCharsets.UTF_8));
  }

  private static Operation operation(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof ValidEntity named) {
        return named.operation();
      }
    }
    return Operation.UPDATE;
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
