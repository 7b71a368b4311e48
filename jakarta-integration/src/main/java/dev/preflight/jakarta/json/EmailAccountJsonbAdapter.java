package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.validation.ReadResult;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Maps {@link EmailAccount} in JSON-B exactly as the wire format does. A record with reading
 * errors is refused with a {@link JsonbException} whose message is the envelope's summary (never a
 * value); read with {@link RecordReader} to get the whole envelope instead.
 */
public final class EmailAccountJsonbAdapter implements JsonbSerializer<EmailAccount>, JsonbDeserializer<EmailAccount> {
  private final RecordReader<EmailAccount> reader;

  public EmailAccountJsonbAdapter() {
    this(RecordReader.emailAccounts());
  }

  public EmailAccountJsonbAdapter(RecordReader<EmailAccount> reader) {
    this.reader = reader;
  }

  @Override
  public void serialize(EmailAccount account, JsonGenerator generator, SerializationContext context) {
    EmailAccountJson.write(account, generator);
  }

  @Override
  public EmailAccount deserialize(JsonParser parser, DeserializationContext context, Type type) {
    ReadResult<EmailAccount> result;
    try {
      result = reader.binder().readObject(parser, 1, JsonValues.NO_SIZE_LIMIT);
    } catch (JsonValues.TooDeep e) {
      throw new JsonbException("EmailAccount: is nested too deeply");
    }
    return result.record().orElseThrow(() -> new JsonbException("EmailAccount: " + result.errors().get(0).summary()));
  }
}
