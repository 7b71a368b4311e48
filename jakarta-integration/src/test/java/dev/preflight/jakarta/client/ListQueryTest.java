package dev.preflight.jakarta.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListQueryTest {

  @Test
  void everyPartReachesTheQueryStringNamedAfterTheEntityAndEncoded() {
    ListQuery query = ListQuery.all().where("DisplayName", "Front & back").from("LastCheckTime", "2026-01-01T00:00:00Z")
        .to("LastCheckTime", "2026-02-01T00:00:00Z").orderBy("DisplayName").descending().pageSize(100);

    assertThat(query.queryString("EmailAccount", 3)).isEqualTo("page=3&size=100&orderBy=DisplayName&dir=-1"
        + "&EmailAccount_DisplayName=Front+%26+back&from_EmailAccount_LastCheckTime=2026-01-01T00%3A00%3A00Z"
        + "&to_EmailAccount_LastCheckTime=2026-02-01T00%3A00%3A00Z");
    assertThat(query).hasToString("ListQuery[filters={DisplayName=Front & back, from_LastCheckTime=2026-01-01T00:00:00Z, "
        + "to_LastCheckTime=2026-02-01T00:00:00Z}, orderBy=DisplayName descending, pageSize=100]");
  }

  @Test
  void theDefaultsAreNexudusOwnAndALaterFilterOnAPropertyReplacesTheEarlierOne() {
    assertThat(ListQuery.all().queryString("Booking", 1)).isEqualTo("page=1&size=25");
    assertThat(ListQuery.all().orderBy("Id").queryString("Booking", 1)).isEqualTo("page=1&size=25&orderBy=Id&dir=1");
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
}
