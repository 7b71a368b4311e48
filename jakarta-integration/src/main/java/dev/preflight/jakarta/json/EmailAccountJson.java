package dev.preflight.jakarta.json;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.jakarta.internal.JsonText;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;

/**
 * Writes a record as the server expects it in a PUT or POST body: PascalCase names in documented
 * order, present properties only (the server treats an omitted and a null optional property alike:
 * it clears it).
 */
public final class EmailAccountJson {
  private EmailAccountJson() {}

  /** Writes {@code account} as one JSON object to {@code generator}. */
  public static void write(EmailAccount account, JsonGenerator generator) {
    generator.writeStartObject();
    for (Property property : Property.values()) {
      Object value = property.valueIn(account);
      if (value instanceof String text) {
        generator.write(property.wireName(), text);
      } else if (value instanceof Long number) {
        generator.write(property.wireName(), number);
      } else if (value instanceof Integer number) {
        generator.write(property.wireName(), number);
      } else if (value instanceof Boolean flag) {
        generator.write(property.wireName(), flag);
      }
    }
    generator.writeEnd();
  }

  /** {@code account} as compact JSON (a lone surrogate in a string written as a {@code \}{@code uXXXX} escape). */
  public static String toJson(EmailAccount account) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Generators.COMPACT.createGenerator(out)) {
      write(account, generator);
    }
    return JsonText.escapeLoneSurrogates(out.toString());
  }
}
