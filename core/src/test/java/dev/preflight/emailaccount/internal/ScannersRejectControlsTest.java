package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the format scanners accept is never blank and holds no control character, so the standard
 * fast path may skip the required and control-character checks of a value they accept.
 */
class ScannersRejectControlsTest {
  private static final String[] HOSTS = {"imap.example.com", "bücher.de", "例子.广告", "192.0.2.1", "[::1]", "::1"};
  private static final String[] ADDRESSES = {"a@example.com", "\"a b\"@example.com", "ü@bücher.de", "a@[192.0.2.1]",
      "a@[IPv6:2001:db8::1]"};

  @Test
  void noBlankValueIsAHostOrAnAddress() {
    for (char c : whiteSpace()) {
      for (String blank : List.of(String.valueOf(c), String.valueOf(c).repeat(3))) {
        assertThat(HostNames.isHost(blank)).as("U+%04X", (int) c).isFalse();
        assertThat(EmailAddresses.isValid(blank)).as("U+%04X", (int) c).isFalse();
      }
    }
  }

  @Test
  void aControlCharacterAnywhereMakesAHostOrAnAddressInvalid() {
    for (char control = 0; control <= 0x7f; control++) {
      if (!Text.isControl(control)) {
        continue;
      }
      for (String host : HOSTS) {
        assertThat(HostNames.isHost(host)).as(host).isTrue();
        for (String broken : insertions(host, control)) {
          assertThat(HostNames.isHost(broken)).as("%s with U+%04X", host, (int) control).isFalse();
        }
      }
      for (String address : ADDRESSES) {
        assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
        for (String broken : insertions(address, control)) {
          assertThat(EmailAddresses.isValid(broken)).as("%s with U+%04X", address, (int) control).isFalse();
        }
      }
    }
  }

  private static List<String> insertions(String text, char c) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i <= text.length(); i++) {
      all.add(text.substring(0, i) + c + text.substring(i));
    }
    return all;
  }

  private static List<Character> whiteSpace() {
    List<Character> all = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Text.isWhiteSpace(c)) {
        all.add(c);
      }
    }
    return all;
  }
}
