package dev.preflight.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue holds every entity to the REST facts committed for it (core/src/catalogue/
 * rest-facts.tsv): the path an official page shows, and each field under the name the page spells
 * (the command-line spelling gone), with a type of the same JSON shape. One test an entity.
 */
class RestFactsTest {
  private static final RestFacts FACTS = read();

  private static RestFacts read() {
    try {
      return RestFacts.read(CatalogueImportTest.REST_FACTS);
    } catch (IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEntityHasTheNamesAndThePathItsRestPagesGive() {
    Set<String> entities = new java.util.TreeSet<>(FACTS.officialPaths().keySet());
    entities.addAll(FACTS.renames().keySet());
    entities.addAll(FACTS.checked().keySet());
    return entities.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Entity entity = EntityCatalogue.standard().entity(name).orElseThrow(
          () -> new AssertionError("REST facts for an entity the catalogue does not have: " + name));
      CatalogueImportTest.ApiPath path = FACTS.officialPaths().get(name);
      if (path != null) {
        assertThat(entity.apiPath()).isEqualTo(path.path());
        assertThat(entity.pathEvidence()).isEqualTo(PathEvidence.OFFICIAL);
      }
      List<String> names = entity.fields().stream().map(Field::wireName).toList();
      for (RestFacts.Rename rename : FACTS.renames().getOrDefault(name, List.of())) {
        Field field = entity.fields().stream().filter(f -> f.wireName().equals(rename.restName())).findFirst()
            .orElseThrow(() -> new AssertionError(name + " has no field spelt " + rename.restName()));
        assertThat(RestFacts.sameShape(rename.restType(), field.type())).as(rename.restName()).isTrue();
        assertThat(names).as(name + " still spells " + rename.referenceName()).doesNotContain(rename.referenceName());
      }
    }));
  }

  @Test
  void theAcceptanceNamesOfCoworkerAreKnownWithTheirTypes() {
    Entity coworkers = EntityCatalogue.standard().entity("coworkers").orElseThrow();
    assertThat(coworkers.field("CityName").type()).isEqualTo(FieldType.STRING);
    assertThat(coworkers.field("BillingCityName").type()).isEqualTo(FieldType.STRING);
    assertThat(coworkers.field("EnableGoCardlessPayments").type()).isEqualTo(FieldType.BOOL);
    assertThat(coworkers.field("DoNotProcessInvoicesAutomatically").type()).isEqualTo(FieldType.BOOL);
    List<String> names = new ArrayList<>(coworkers.fields().stream().map(Field::wireName).toList());
    assertThat(names).doesNotContain("City", "BillingCity", "EnableGocardless", "DoNotAutoProcessInvoices");
  }
}
