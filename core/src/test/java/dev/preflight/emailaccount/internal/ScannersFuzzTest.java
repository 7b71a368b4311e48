package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.validation.DateTimes;

/**
 * The hand-written scanners on arbitrary text: they never throw, answer the same twice, and agree
 * with each other (an address's domain is a host; an ASCII host accepted stays accepted in upper
 * case), and what they accept is never blank and holds no control character (the standard fast path
 * relies on it).
 */
class ScannersFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void hostNamesNeverThrowAndIgnoreAsciiCase(FuzzedDataProvider data) {
    String host = data.consumeRemainingAsString();
    boolean valid = HostNames.isHost(host);
    assertThat(HostNames.isHost(host)).isEqualTo(valid);
    if (valid) {
      assertNotBlankWithoutControls(host);
    }
    if (valid && host.chars().allMatch(c -> c < 0x80)) {
      assertThat(HostNames.isHost(host.toUpperCase(java.util.Locale.ROOT))).isTrue();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void emailAddressesNeverThrowAndHaveHostDomains(FuzzedDataProvider data) {
    String address = data.consumeRemainingAsString();
    boolean valid = EmailAddresses.isValid(address);
    assertThat(EmailAddresses.isValid(address)).isEqualTo(valid);
    if (valid) {
      assertNotBlankWithoutControls(address);
      assertThat(address.length()).isLessThanOrEqualTo(254);
      String domain = address.substring(address.lastIndexOf('@') + 1);
      assertThat(domain.startsWith("[") || HostNames.isHost(domain)).as(domain).isTrue();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void dateTimesNeverThrowAndAgreeWithJavaTime(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    boolean valid = DateTimes.isDateTime(text);
    if (valid) {
      String normal = text.replace('t', 'T').replace('z', 'Z');
      assertThat(parses(normal)).as(text).isTrue();
    }
  }

  private static void assertNotBlankWithoutControls(String accepted) {
    assertThat(Text.isBlank(accepted)).as(accepted).isFalse();
    assertThat(accepted.chars().noneMatch(c -> Text.isControl((char) c))).as(accepted).isTrue();
  }

  private static boolean parses(String text) {
    try {
      java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(text.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2")
          .replaceAll("([+-]\\d\\d)$", "$1:00"));
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
