package dev.preflight.emailaccount.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "frontdesk@example.com",
    "a@example.com",
    "first.last@example.com",
    "first.middle.last@example.co.uk",
    "user+tag@example.com",
    "user-name@example.com",
    "user_name@example.com",
    "UPPER@EXAMPLE.COM",
    "0123456789@example.com",
    "x@sub.sub.sub.example.org",
    "!#$%&'*+-/=?^_`{|}~@example.com",
    "o'reilly@example.ie",
    "a@b.co",
    "a@xn--bcher-kva.de",
    "a@mail-server.example.com",
    "a@123.example.com",
    "a@example.xn--p1ai",
    "user@[192.0.2.1]",
    "user@[IPv6:2001:db8::1]",
    "user@[ipv6:::1]",
    "user@[IPv6:2001:db8:0:0:0:0:0:1]",
    "user@[IPv6:::ffff:192.0.2.1]",
    "\"john doe\"@example.com",
    "\"john..doe\"@example.com",
    "\"a@b\"@example.com",
    "\"quoted\\\"quote\"@example.com",
    "\"back\\\\slash\"@example.com",
    "\".leading.dot\"@example.com",
    "josé@example.com",
    "用户@例子.广告",
    "ü@bücher.de",
    "δοκιμή@παράδειγμα.δοκιμή",
    "почта@пример.рф",
    "user@münchen.de",
    "a@b-c.d-e.fg",
    "x@example.museum",
    "long.local.part.with.many.dots.but.still.under.sixty.four.chars@example.com",
    "a@a23456789012345678901234567890123456789012345678901234567890123.com",
    "test@localhost.localdomain",
    "firstname-lastname@example.com",
    "email@sub.example-site.com",
    "1234567890@domain.com",
    "_______@example.com",
    "\ud83d\ude00@example.com",
    "a\ud83d\ude00b@example.com",
    "\"smile \ud83d\ude00\"@example.com",
    "\"\\\ud83d\ude00\"@example.com"
  })
  void acceptsDeliverableLookingAddresses(String address) {
    assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "plainaddress",
    "@example.com",
    "user@",
    "user@@example.com",
    "user@a@example.com",
    "user@example",
    "user@localhost",
    "user@example.com.",
    "user@.example.com",
    "user@example..com",
    ".user@example.com",
    "user.@example.com",
    "us..er@example.com",
    "user name@example.com",
    "user@exa mple.com",
    "user@example.com ",
    " user@example.com",
    "user@-example.com",
    "user@example-.com",
    "user@exam_ple.com",
    "user@example.c_m",
    "user@192.0.2.1",
    "user@example.123",
    "user@[192.0.2.256]",
    "user@[192.0.2]",
    "user@[IPv6:2001:db8::g]",
    "user@[2001:db8::1]",
    "user@[IPv6:1::2::3]",
    "user@[]",
    "user@[192.0.2.1",
    "\"\"@example.com",
    "\"unterminated@example.com",
    "\"a\"b@example.com",
    "\"a\\\"@example.com",
    "a\"b@example.com",
    "user(comment)@example.com",
    "user<x>@example.com",
    "user,name@example.com",
    "user;name@example.com",
    "user:name@example.com",
    "user[name]@example.com",
    "user\\name@example.com",
    "a12345678901234567890123456789012345678901234567890123456789012345@example.com",
    "user@a234567890123456789012345678901234567890123456789012345678901234.com",
    "user@example.com/path",
    "mailto:user@example.com",
    "Joe Smith <user@example.com>",
    "user@exa\u00a0mple.com",
    "us\u00a0er@example.com",
    "user@xn--.com",
    "user@bad!idn.例子",
    "\udc00@example.com",
    "a\ud83d@example.com",
    "a\ude00\ud83d@example.com",
    "\"\ud83d\"@example.com",
    "\"\\\udc00\"@example.com"
  })
  void rejectsWhatCannotBeDelivered(String address) {
    assertThat(EmailAddresses.isValid(address)).as(address).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {254, 255})
  void totalLengthIsAtMost254(int length) {
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(length - 197) + ".com";
    String address = "a".repeat(64) + "@" + domain;
    assertThat(address).hasSize(length);
    assertThat(EmailAddresses.isValid(address)).isEqualTo(length <= 254);
  }
}
