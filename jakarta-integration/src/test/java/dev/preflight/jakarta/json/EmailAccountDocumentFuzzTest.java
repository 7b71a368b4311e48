package dev.preflight.jakarta.json;

import dev.preflight.catalogue.Operation;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.jakarta.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any document that reads as a record goes back as it came, and with one property changed, only
 * that property's value differs: every other member keeps its exact text and place. The committed
 * corpus holds whole Nexudus records (JSON followed by two bytes that pick the change).
 */
class EmailAccountDocumentFuzzTest {
  private final JsonValidator reader = JsonValidators.standard().validator("emailaccounts", Operation.UPDATE);

  @FuzzTest(maxDuration = "30s")
  void aDocumentGoesBackWithOnlyItsChangeChanged(FuzzedDataProvider data) {
    Property property = Property.values()[Math.floorMod(data.consumeByte(), Property.values().length)];
    int variant = data.consumeByte();
    byte[] body = data.consumeRemainingAsBytes();
    Optional<EmailAccountDocument> read = EmailAccountDocument.read(reader, body);
    if (read.isEmpty()) {
      return;
    }
    EmailAccountDocument document = read.get();
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(document.toJson()).isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);

    Object value = valueFor(property, variant);
    EmailAccountDocument changed = document.with(account -> account.set(property, value));
    String json = changed.toJson();

    assertThat(reader.read(json).record().map(EmailAccount::from)).contains(changed.account());
    assertThat(unchangedMembers(json, property)).isEqualTo(unchangedMembers(document.toJson(), property));
  }

  private static Object valueFor(Property property, int variant) {
    if (variant % 5 == 0) {
      return null;
    }
    return switch (property.jsonType()) {
      case INTEGER -> property.javaType() == Long.class ? (Object) (variant * 1_000_003L) : (Object) (variant * 7);
      case BOOLEAN -> variant % 2 == 0;
      case STRING -> "v\"\\\u00e9\u2028\n" + variant;
    };
  }

  /** Each member's name and exact value text, but for the changed property. */
  private static List<String> unchangedMembers(String json, Property changed) {
    List<String> members = new ArrayList<>();
    for (JsonText.Member member : JsonText.members(json)) {
      if (Property.fromWireName(member.name()) != changed) {
        members.add(member.name() + "=" + json.substring(member.valueStart(), member.valueEnd()));
      }
    }
    return members;
  }
}
