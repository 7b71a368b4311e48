package dev.preflight.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.preflight.catalogue.Field;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schema peers (draft 2020-12, networknt, format assertions on): EmailAccount's schema as
 * a user would write it ({@code emailaccount.schema.json}, PeerMailbox's rules), and a Booking's
 * written from its catalogue entry with the rules {@link BookingIfChain} checks: every field typed
 * (null allowed), enums by their codes, date-times by format, and Id, ResourceId, FromTime and
 * ToTime required and not empty.
 */
final class PeerSchemas {
  private static final Set<String> REQUIRED = Set.of("ResourceId", "FromTime", "ToTime");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private PeerSchemas() {}

  static Schema emailAccount() {
    try (InputStream in = PeerSchemas.class.getResourceAsStream("/emailaccount.schema.json")) {
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Schema booking(List<Field> fields) {
    String properties = fields.stream().map(PeerSchemas::property).collect(Collectors.joining(",\n"));
    return REGISTRY.getSchema("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "required": ["Id", "ResourceId", "FromTime", "ToTime"],
         "properties": {"Id": {"type": "integer", "minimum": 1},
        %s}}""".formatted(properties));
  }

  private static String property(Field field) {
    String name = "\"" + field.wireName() + "\": ";
    if (REQUIRED.contains(field.wireName())) {
      return name + switch (field.type()) {
        case DATE_TIME -> "{\"type\": \"string\", \"format\": \"date-time\"}";
        default -> "{\"type\": \"integer\", \"minimum\": 1}";
      };
    }
    return name + switch (field.type()) {
      case LONG, INT -> "{\"type\": [\"integer\", \"null\"]}";
      case DECIMAL -> "{\"type\": [\"number\", \"null\"]}";
      case BOOL -> "{\"type\": [\"boolean\", \"null\"]}";
      case STRING -> "{\"type\": [\"string\", \"null\"]}";
      case DATE_TIME -> "{\"type\": [\"string\", \"null\"], \"format\": \"date-time\"}";
      case ENUM -> "{\"enum\": [null, " + field.enumValues().stream().map(v -> Long.toString(v.code()))
          .collect(Collectors.joining(", ")) + "]}";
      case CHILDREN -> "{\"type\": [\"array\", \"null\"], \"items\": {\"type\": \"object\"}}";
      case LIST -> "{\"type\": [\"array\", \"null\"]}";
    };
  }
}
