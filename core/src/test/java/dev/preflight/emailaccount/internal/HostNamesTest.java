package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "localhost",
    "imap",
    "imap.example.com",
    "IMAP.EXAMPLE.COM",
    "smtp.office365.com",
    "outlook.office365.com",
    "imap.gmail.com",
    "mail-1.example.com",
    "a.b.c.d.e.f.g",
    "1mail.example.com",
    "123.example.com",
    "x",
    "a-b",
    "xn--bcher-kva.de",
    "mail.example.com.",
    "example.xn--p1ai",
    "a23456789012345678901234567890123456789012345678901234567890123.com",
    "bücher.de",
    "mail.bücher.de",
    "例子.广告",
    "пример.рф",
    "παράδειγμα.δοκιμή",
    "münchen.de.",
    "0.0.0.0",
    "127.0.0.1",
    "192.0.2.10",
    "255.255.255.255",
    "10.0.0.1",
    "::1",
    "::",
    "2001:db8::1",
    "2001:DB8:0:0:8:800:200C:417A",
    "fe80::1:2:3:4",
    "1:2:3:4:5:6:7:8",
    "1::",
    "1:2:3:4:5:6:7::",
    "::ffff:192.0.2.1",
    "1:2:3:4:5:6:192.0.2.1",
    "[::1]",
    "[2001:db8::1]",
    "[::ffff:10.0.0.1]",
    "mail.example.museum"
  })
  void acceptsHostNamesAndIpLiterals(String host) {
    assertThat(HostNames.isHost(host)).as(host).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    " ",
    ".",
    "..",
    ".example.com",
    "example..com",
    "example.com..",
    "-example.com",
    "example-.com",
    "ex ample.com",
    " example.com",
    "example.com ",
    "exam_ple.com",
    "example.com/path",
    "imaps://imap.example.com",
    "imap.example.com:993",
    "user@imap.example.com",
    "imap.example.com?x",
    "a23456789012345678901234567890123456789012345678901234567890123x.com",
    "256.0.0.1",
    "1.2.3",
    "1.2.3.4.5",
    "01.2.3.4",
    "1.2.3.04",
    "1.2.3.4.",
    "example.123",
    "999",
    "-1.2.3.4",
    ":",
    ":::",
    "1:::2",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "12345::1",
    "g::1",
    "1:",
    ":1",
    "::1%eth0",
    "[::1",
    "::1]",
    "[]",
    "[192.0.2.1]",
    "1:2:3:4:5:6:7:1.2.3.4",
    "::1.2.3",
    "bad!idn.例子",
    "xn--.com",
    "例子..广告",
    "exa\u00a0mple.com"
  })
  void rejectsWhatIsNotAHost(String host) {
    assertThat(HostNames.isHost(host)).as(host).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {253, 254})
  void nameIsAtMost253Characters(int length) {
    String host = ("h".repeat(63) + ".").repeat(3) + "h".repeat(length - 192);
    assertThat(host).hasSize(length);
    assertThat(HostNames.isHost(host)).isEqualTo(length <= 253);
  }
}
