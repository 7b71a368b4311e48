package dev.preflight.entities.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.FieldType;
import dev.preflight.emailaccount.EmailAccount;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSourceTest {
  private static final EntityCatalogue CATALOGUE = EntityCatalogue.standard();

  private static ModelSource model(String entity) {
    return new ModelSource(CATALOGUE, CATALOGUE.entity(entity).orElseThrow());
  }

  /**
   * Names and types exactly; the order is the flagship's own, which follows the REST reference page
   * (its contract reports errors in it), where the catalogue follows the command-line reference
   * (decision 0019): both are pinned here, so a drift of either fails.
   */
  @Test
  void theHandWrittenEmailAccountIsWhatTheGeneratorWouldMakeOfItsEntry() {
    List<String> generated = new ArrayList<>(List.of("id Long"));
    for (ModelSource.FieldSource field : model("emailaccounts").fields()) {
      generated.add(field.accessor() + " " + field.javaType());
    }
    List<String> handWritten = Arrays.stream(EmailAccount.class.getRecordComponents())
        .map(component -> component.getName() + " " + component.getType().getSimpleName()).toList();
    assertThat(handWritten).containsExactlyInAnyOrderElementsOf(generated);
    assertThat(handWritten.subList(4, 12)).containsExactly("incomingServer String", "incomingServerType Integer",
        "incomingServerPort Integer", "incomingServerUsername String", "deleteMessageSettings Integer",
        "outgoingServer String", "outgoingServerPort Integer", "outgoingServerUsername String");
    assertThat(generated.subList(4, 12)).containsExactly("active Boolean", "sendNotificationOnNewMessages Boolean",
        "notificationEmailAddress String", "incomingServer String", "incomingServerType Integer",
        "incomingServerPort Integer", "incomingServerSSL Boolean", "incomingServerUsername String");
    assertThat(Arrays.stream(EmailAccount.class.getRecordComponents()).map(RecordComponent::getName))
        .contains("incomingServerSSL", "office365AccessToken", "lastCheckTime");
  }

  @Test
  void accessorsAreTheWireNamesInLowerCamelCase() {
    assertThat(JavaNames.accessor("ResourceId")).isEqualTo("resourceId");
    assertThat(JavaNames.accessor("IncomingServerSSL")).isEqualTo("incomingServerSSL");
    assertThat(JavaNames.accessor("Office365AccessToken")).isEqualTo("office365AccessToken");
    assertThat(JavaNames.accessor("URLSlug")).isEqualTo("urlSlug");
    assertThat(JavaNames.accessor("URL")).isEqualTo("url");
    assertThat(JavaNames.accessor("Default")).isEqualTo("defaultValue");
    assertThat(JavaNames.accessor("Public")).isEqualTo("publicValue");
    assertThat(JavaNames.accessor("ToString")).isEqualTo("toStringValue");
  }

  @Test
  void constantsAndEnumValuesAreUpperSnakeCase() {
    assertThat(JavaNames.constant("ResourceId")).isEqualTo("RESOURCE_ID");
    assertThat(JavaNames.constant("IncomingServerSSL")).isEqualTo("INCOMING_SERVER_SSL");
    assertThat(JavaNames.constant("URLSlug")).isEqualTo("URL_SLUG");
    assertThat(JavaNames.constant("Every3Months")).isEqualTo("EVERY3_MONTHS");
    assertThat(JavaNames.constant("authorize_net")).isEqualTo("AUTHORIZE_NET");
    assertThat(JavaNames.constant("3DSecure")).isEqualTo("_3_D_SECURE");
    assertThat(JavaNames.constant("-")).isEqualTo("_");
  }

  @Test
  void textFromTheCatalogueCannotBreakTheSource() {
    assertThat(ModelSource.literal("a\"b\\c\nd\u00e9")).isEqualTo("\"a\\\"b\\\\c\\012d\\u00e9\"");
    assertThat(JavaNames.javadoc("*/ <b> @x \\u0041")).isEqualTo("*&#47; &lt;b&gt; &#64;x \\\\u0041");
  }

  @Test
  void eachInlineCollectionsElementsAreAnotherEntitysRecords() {
    List<String> found = new ArrayList<>();
    for (Entity entity : CATALOGUE.entities()) {
      ModelSource model = new ModelSource(CATALOGUE, entity);
      for (ModelSource.FieldSource field : model.fields()) {
        if (field.field().type() == FieldType.CHILDREN) {
          found.add(entity.name() + "." + field.field().wireName() + " " + model.childEntity(field.field()).name());
        }
      }
    }
    assertThat(found).containsExactly(
        "bookings.BookingProducts bookingproducts",
        "bookings.BookingVisitors bookingvisitors",
        "coworkercontracts.ContractSchedules contractschedules",
        "extraservices.TimeSlots extraservicetimeslots",
        "resourceaccessrules.EligibleTimeSlots resourceaccessruleeligibletimeslots",
        "resourceaccessrules.TimeSlots resourceaccessruletimeslots",
        "resources.TimeSlots resourcetimeslots");
  }

  @Test
  void theJavadocOfAFieldStatesItsFactsOnly() {
    ModelSource booking = model("bookings");
    ModelSource.FieldSource repeats = booking.fields().stream()
        .filter(field -> field.field().wireName().equals("Repeats")).findFirst().orElseThrow();
    assertThat(booking.fieldFacts(repeats)).isEqualTo("{@code Repeats}: enum, sent on create, required on create (the "
        + "server binds a default); codes 1 Daily, 2 Weekly, 3 Monthly, 4 Yearly, 5 FirstOfMonth, 6 SecondOfMonth, "
        + "7 ThirdOfMonth, 8 LastOfMonth, 9 FourthOfMonth.");
    ModelSource.FieldSource products = booking.fields().stream()
        .filter(field -> field.field().wireName().equals("BookingProducts")).findFirst().orElseThrow();
    assertThat(booking.fieldFacts(products)).isEqualTo("{@code BookingProducts}: JSON array, sent on create and update; "
        + "elements are {@link BookingProduct} records, writable inline: ProductId, Quantity, InvoiceInMinutes.");
    assertThat(products.javaType()).isEqualTo("List<BookingProduct>");
    assertThat(booking.source()).contains("public final class Booking extends EntityModel {",
        "public static final TypedField<Booking, Long> RESOURCE_ID = TypedField.of(TYPE, 0);",
        "public Booking withResourceId(@Nullable Long value) {",
        "public Builder bookingProducts(@Nullable List<? extends BookingProduct> value) {",
        "public enum Repeats implements EnumCode {");
  }

  @Test
  void theHandWrittenEntityIsNotGenerated() {
    assertThat(EntitiesProcessor.modelled(CATALOGUE)).hasSize(CATALOGUE.entities().size() - 1)
        .noneMatch(entity -> entity.name().equals("emailaccounts"));
  }
}
