package dev.preflight.emailaccount.internal;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Property;
import dev.preflight.emailaccount.RandomAccounts;
import java.util.Random;

/** Valid records with up to five properties set to values that break one rule or another. */
final class BrokenAccounts {
  private static final Object[] POOL = {null, "", " ", "\t", "\u0000x", "x", "a@b.co", "bad@", "::1", "host name",
      "2025-01-15T10:30:00Z", "yesterday", "ü@例子.广告", "h".repeat(254), "e".repeat(250) + "@x.co", 0, -1, 1, 2, 4, 143,
      465, 993, 65536, 0L, -1L, 5L, true, false, "a\u0001@b.co", "a@b.c\u007fo", "ex\u0000ample.com", "bü\u0007cher.de",
      "\u3000", "\u00a0x@y.co", "a\u00ad".repeat(130) + ".de", "x@" + "a\u00ad".repeat(126) + ".de"};

  private final RandomAccounts accounts;
  private final Random random;

  BrokenAccounts(long seed) {
    accounts = new RandomAccounts(seed);
    random = accounts.random();
  }

  EmailAccount next() {
    EmailAccount.Builder builder = accounts.valid().toBuilder();
    int changes = random.nextInt(6);
    for (int c = 0; c < changes; c++) {
      Property property = Property.values()[random.nextInt(Property.values().length)];
      Object value = POOL[random.nextInt(POOL.length)];
      if (value == null || property.javaType().isInstance(value)) {
        builder.set(property, value);
      }
    }
    return builder.build();
  }
}
