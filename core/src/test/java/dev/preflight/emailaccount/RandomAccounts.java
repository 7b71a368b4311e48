package dev.preflight.emailaccount;

import java.util.Random;

/** Generates valid EmailAccount records from a seeded {@link Random}. */
public final class RandomAccounts {
  private static final String ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~";
  private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final String[] UNICODE_WORDS = {"café", "bücher", "例子", "почта", "δοκιμή", "🙂 desk"};

  private final Random random;

  public RandomAccounts(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  /** A record every built-in rule accepts. */
  public EmailAccount valid() {
    int incomingPort = pick(993, 143, 1 + random.nextInt(65535));
    int outgoingPort = pick(465, 587, 1 + random.nextInt(65535));
    boolean notify = random.nextBoolean();
    EmailAccount.Builder builder =
        EmailAccount.builder()
            .id(1 + (random.nextLong() & Long.MAX_VALUE) % (Long.MAX_VALUE - 1))
            .businessId(1L + random.nextInt(Integer.MAX_VALUE))
            .displayName(text())
            .emailAddress(email())
            .incomingServer(host())
            .incomingServerType(IncomingServerType.IMAP)
            .incomingServerPort(incomingPort)
            .incomingServerUsername(text())
            .deleteMessageSettings(1 + random.nextInt(3))
            .outgoingServer(host())
            .outgoingServerPort(outgoingPort)
            .outgoingServerUsername(text())
            .lastMessageId(random.nextInt(Integer.MAX_VALUE))
            .errorCount(random.nextInt(100))
            .incomingServerSSL(incomingPort == 993 || (incomingPort != 143 && random.nextBoolean()))
            .outgoingServerSSL(outgoingPort == 465 || random.nextBoolean());
    if (random.nextBoolean()) {
      builder.active(random.nextBoolean());
    }
    if (notify || random.nextBoolean()) {
      builder.sendNotificationOnNewMessages(notify);
    }
    if (notify || random.nextBoolean()) {
      builder.notificationEmailAddress(email());
    }
    if (random.nextBoolean()) {
      builder.replyToEmail(email());
    }
    if (random.nextBoolean()) {
      builder.lastCheckTime(dateTime());
    }
    if (random.nextBoolean()) {
      builder.googleAccessToken("ya29." + word(ATEXT, 40));
    }
    if (random.nextBoolean()) {
      builder.office365AccessToken("eyJ0." + word(ATEXT, 40));
    }
    return builder.build();
  }

  private int pick(int a, int b, int c) {
    int roll = random.nextInt(3);
    return roll == 0 ? a : roll == 1 ? b : c;
  }

  private String text() {
    return random.nextInt(4) == 0
        ? UNICODE_WORDS[random.nextInt(UNICODE_WORDS.length)]
        : word(ATEXT + " ", 1 + random.nextInt(30)).strip() + "x";
  }

  private String email() {
    String local = word(ATEXT, 1 + random.nextInt(20));
    if (random.nextInt(5) == 0) {
      local += "." + word(ATEXT, 1 + random.nextInt(5));
    }
    return local + "@" + domain(2 + random.nextInt(3));
  }

  private String host() {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
      case 1 -> "[2001:db8::" + Integer.toHexString(random.nextInt(65536)) + "]";
      default -> domain(1 + random.nextInt(4));
    };
  }

  private String domain(int labels) {
    StringBuilder domain = new StringBuilder();
    for (int i = 0; i < labels; i++) {
      if (i > 0) {
        domain.append('.');
      }
      String label = word(LDH, 1 + random.nextInt(20));
      domain.append('a').append(label.replace('-', 'b')).append('z');
    }
    return domain.toString();
  }

  private String dateTime() {
    String date = String.format("%04d-%02d-%02dT%02d:%02d:%02d",
        1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
        random.nextInt(24), random.nextInt(60), random.nextInt(60));
    return date + (random.nextBoolean() ? "Z" : random.nextBoolean() ? "+02:00" : "");
  }

  private String word(String alphabet, int length) {
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }
}
