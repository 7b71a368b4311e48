package dev.preflight.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2025-01-15T10:30:00Z",
    "2025-01-15T10:30:00",
    "2025-01-15T10:30",
    "2025-01-15T10:30Z",
    "2025-01-15t10:30:00z",
    "2025-01-15T10:30:00.5Z",
    "2025-01-15T10:30:00.123456789Z",
    "2025-01-15T10:30:00.1234567",
    "2025-01-15T10:30:00+02:00",
    "2025-01-15T10:30:00-05:30",
    "2025-01-15T10:30:00+0200",
    "2025-01-15T10:30:00+02",
    "2025-01-15T10:30:00+14:00",
    "2025-01-15T10:30:00-14:00",
    "2024-02-29T00:00:00Z",
    "2000-02-29T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.9999999Z"
  })
  void acceptsIsoDateTimes(String value) {
    assertThat(DateTimes.isDateTime(value)).as(value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "2025-01-15",
    "2025-01-15T",
    "2025-01-15T10",
    "2025-01-15 10:30:00",
    "2025/01/15T10:30:00Z",
    "15/01/2025 10:30",
    "2025-1-15T10:30:00Z",
    "2025-13-01T10:30:00Z",
    "2025-00-01T10:30:00Z",
    "2025-01-00T10:30:00Z",
    "2025-01-32T10:30:00Z",
    "2025-02-29T10:30:00Z",
    "1900-02-29T10:30:00Z",
    "2025-04-31T10:30:00Z",
    "0000-01-01T00:00:00Z",
    "2025-01-15T24:00:00Z",
    "2025-01-15T10:60:00Z",
    "2025-01-15T10:30:60Z",
    "2025-01-15T10:30:0Z",
    "2025-01-15T10:30:00.Z",
    "2025-01-15T10:30:00.1234567890Z",
    "2025-01-15T10:30:00ZZ",
    "2025-01-15T10:30:00+2:00",
    "2025-01-15T10:30:00+02:0",
    "2025-01-15T10:30:00+14:01",
    "2025-01-15T10:30:00+15:00",
    "2025-01-15T10:30:00+02:60",
    "2025-01-15T10:30:00 +02:00",
    "2025-01-15T10:30:00UTC",
    "+2025-01-15T10:30:00Z",
    "yesterday",
    "１２３４-01-15T10:30:00Z"
  })
  void rejectsEverythingElse(String value) {
    assertThat(DateTimes.isDateTime(value)).as(value).isFalse();
  }
}
