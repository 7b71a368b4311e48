package dev.preflight.catalogue;

import dev.preflight.catalogue.WireNames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.JsonType;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.RuleDescription;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship's hand-written model and the catalogue's emailaccounts entry say the same: the same
 * properties in the same order, compatible JSON types, and the catalogue's create-required fields
 * are exactly what the hand-tuned required rule asks for on CREATE. A drift on either side fails.
 */
class EmailAccountEntryTest {
  private static final Entity ENTRY = EntityCatalogue.standard().entity("emailaccounts").orElseThrow();

  @Test
  void theSameProperties() {
    List<String> model = Arrays.stream(Property.values()).filter(p -> p != Property.ID).map(Property::wireName)
        .sorted().toList();
    List<String> catalogue = ENTRY.fields().stream().map(Field::wireName).sorted().toList();

    assertThat(catalogue).isEqualTo(model);
    assertThat(ENTRY.apiPath()).isEqualTo("crm/emailaccounts");
  }

  @Test
  void compatibleTypes() {
    for (Field field : ENTRY.fields()) {
      Property property = Property.fromWireName(field.wireName());
      JsonType expected = switch (field.type()) {
        case LONG, INT, ENUM -> JsonType.INTEGER;
        case BOOL -> JsonType.BOOLEAN;
        case STRING, DATE_TIME -> JsonType.STRING;
        case DECIMAL, CHILDREN, LIST -> null;
      };
      assertThat(property.jsonType()).as(field.wireName()).isEqualTo(expected);
      assertThat(property.javaType()).as(field.wireName()).isEqualTo(field.type() == FieldType.LONG ? Long.class
          : field.type() == FieldType.BOOL ? Boolean.class : field.type() == FieldType.STRING
              || field.type() == FieldType.DATE_TIME ? String.class : Integer.class);
    }
  }

  @Test
  void theCreateRequiredFieldsAreTheFlagshipsRequiredRuleOnCreate() {
    RuleDescription required = EmailAccountValidator.standard()
        .forOperation(dev.preflight.catalogue.Operation.CREATE).descriptions().stream()
        .filter(row -> row.ruleId().equals("required")).findFirst().orElseThrow();
    List<String> catalogue = ENTRY.fields().stream().filter(Field::requiredOnCreate).map(Field::wireName).sorted().toList();

    assertThat(catalogue).isEqualTo(required.propertyNames().stream().sorted().toList());
  }

  @Test
  void theSameSecretsAndTheyAreNeverShown() {
    List<String> model = Arrays.stream(Property.values()).filter(Property::secret).map(Property::wireName).sorted().toList();
    List<String> catalogue = ENTRY.fields().stream().filter(Field::secret).map(Field::wireName).sorted().toList();

    assertThat(catalogue).isEqualTo(model).isNotEmpty();
    Field token = ENTRY.field("GoogleAccessToken");
    assertThat(token.shown("ya29.token")).isEqualTo(WireNames.REDACTED);
    assertThat(token.shown(null)).isNull();
    assertThat(ENTRY.field("DisplayName").shown("Front desk")).isEqualTo("Front desk");
  }
}
