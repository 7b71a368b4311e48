package dev.preflight.jakarta.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import org.junit.jupiter.api.Test;

class ListQueryTest {
  private static final Entity EMAIL_ACCOUNTS = EntityCatalogue.standard().entity("emailaccounts").orElseThrow();
  private static final Entity BOOKINGS = EntityCatalogue.standard().entity("bookings").orElseThrow();
  private static final Entity INVOICE_LINES = EntityCatalogue.standard().entity("coworkerinvoicelines").orElseThrow();

  @Test
  void everyPartReachesTheQueryStringNamedAfterTheEntityAndEncoded() {
    ListQuery query = ListQuery.all().where("DisplayName", "Front & back").from("LastCheckTime", "2026-01-01T00:00:00Z")
        .to("LastCheckTime", "2026-02-01T00:00:00Z").orderBy("DisplayName").descending().pageSize(100);

    assertThat(query.queryString(query.parameters(EMAIL_ACCOUNTS), 3)).isEqualTo("page=3&size=100&orderBy=DisplayName&dir=-1"
        + "&EmailAccount_DisplayName=Front+%26+back&from_EmailAccount_LastCheckTime=2026-01-01T00%3A00%3A00Z"
        + "&to_EmailAccount_LastCheckTime=2026-02-01T00%3A00%3A00Z");
    assertThat(query).hasToString("ListQuery[filters={DisplayName=Front & back, from_LastCheckTime=2026-01-01T00:00:00Z, "
        + "to_LastCheckTime=2026-02-01T00:00:00Z}, orderBy=DisplayName descending, pageSize=100]");
  }

  @Test
  void theDefaultsAreNexudusOwnAndALaterFilterOnAPropertyReplacesTheEarlierOne() {
    assertThat(ListQuery.all().queryString(ListQuery.all().parameters(BOOKINGS), 1)).isEqualTo("page=1&size=25");
    assertThat(ListQuery.all().orderBy("Id").parameters(BOOKINGS)).isEqualTo("&orderBy=Id&dir=1");
    assertThat(ListQuery.all().where("Active", true).where("Active", false))
        .isEqualTo(ListQuery.all().where("Active", false));
  }

  @Test
  void namesThatAreNotPropertiesAndSizesOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ListQuery.all().where("Name&page=9", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a property name: 'Name&page=9'");
    assertThatThrownBy(() -> ListQuery.all().pageSize(0)).hasMessage("page size must be at least 1: 0");
    assertThat(ListQuery.all().pageSize(5_000).pageSize()).isEqualTo(5_000);
  }

  @Test
  void filtersGoUnderTheNamesTheListPagesGiveARelationWithoutItsId() {
    assertThat(ListQuery.all().where("CoworkerInvoiceId", 4300).parameters(INVOICE_LINES))
        .isEqualTo("&CoworkerInvoiceLine_CoworkerInvoice=4300");
    assertThat(ListQuery.all().where("coworkerinvoice", 4300).where("CoworkerInvoice_Paid", true)
        .from("CreatedOn", "2026-01-01").parameters(INVOICE_LINES))
        .isEqualTo("&CoworkerInvoiceLine_CoworkerInvoice=4300&CoworkerInvoiceLine_CoworkerInvoice_Paid=true"
            + "&from_CoworkerInvoiceLine_CreatedOn=2026-01-01");
    assertThat(ListQuery.all().where("description", "Desk").parameters(INVOICE_LINES))
        .isEqualTo("&CoworkerInvoiceLine_Description=Desk");
  }

  @Test
  void aFilterTheCatalogueCannotNameIsRefusedWithTheEntityAndTheName() {
    assertThatThrownBy(() -> ListQuery.all().where("Descripton", "Desk").parameters(INVOICE_LINES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot filter coworkerinvoicelines on 'Descripton': not a field of CoworkerInvoiceLine, a relation"
            + " (CoworkerId or Coworker), a member of a related record (Coworker_FullName) or one the server keeps"
            + " (Id, UniqueId, CreatedOn, UpdatedOn, UpdatedBy, IsNew, SystemId)");
    assertThatThrownBy(() -> ListQuery.all().where("Description_Text", "x").parameters(INVOICE_LINES))
        .hasMessageStartingWith("cannot filter coworkerinvoicelines on 'Description_Text'");
    assertThatThrownBy(() -> ListQuery.all().where("_Name", "x")).hasMessage("not a property name: '_Name'");
  }
}
