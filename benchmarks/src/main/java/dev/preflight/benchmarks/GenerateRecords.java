package dev.preflight.benchmarks;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.RandomAccounts;
import dev.preflight.jakarta.json.EmailAccountJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes N EmailAccount records as NDJSON to standard output, from a fixed seed, one in ten
 * invalid (a port out of range). Usage: {@code java -cp benchmarks.jar
 * dev.preflight.benchmarks.GenerateRecords N [SEED]}.
 */
public final class GenerateRecords {
  private GenerateRecords() {}

  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261121L;
    RandomAccounts accounts = new RandomAccounts(seed);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < count; i++) {
        EmailAccount account = accounts.valid();
        if (i % 10 == 9) {
          account = account.toBuilder().incomingServerPort(70_000).build();
        }
        out.write(EmailAccountJson.toJson(account));
        out.write('\n');
      }
    }
  }
}
