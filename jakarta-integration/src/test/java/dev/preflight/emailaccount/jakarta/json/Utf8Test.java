package dev.preflight.emailaccount.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Utf8#decode} accepts and rejects exactly what the JDK's strict decoder does. */
class Utf8Test {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "41 42, 2",
    "c3 a9, 1",
    "e2 82 ac, 1",
    "f0 9f 99 82, 2",
    "ef bf bf, 1",
    "f4 8f bf bf, 2",
    "41 c0 80, -2",
    "c1 bf, -1",
    "e0 9f bf, -1",
    "ed a0 80, -1",
    "ed 9f bf, 1",
    "f0 8f bf bf, -1",
    "f4 90 80 80, -1",
    "f5 80 80 80, -1",
    "41 42 e2 82, -3",
    "41 80, -2",
    "41 ff, -2",
    "c3 41, -1",
    "e2 82 41, -1",
    "f0 9f 99 41, -1",
  })
  void decodesLikeTheJdk(String hex, int expected) {
    byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(hex);
    assertThat(decode(bytes)).isEqualTo(expected).isEqualTo(jdk(bytes));
  }

  @Test
  void agreesWithTheJdkOnRandomBytesNearSequenceBoundaries() {
    Random random = new Random(20261121L);
    byte[] interesting = {0x41, (byte) 0x80, (byte) 0x8f, (byte) 0x90, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0,
        (byte) 0xc2, (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff};
    for (int i = 0; i < 200_000; i++) {
      byte[] bytes = new byte[random.nextInt(9)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
      }
      assertThat(decode(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(jdk(bytes));
    }
  }

  @FuzzTest(maxDuration = "30s")
  void agreesWithTheJdkDecoder(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    assertThat(decode(bytes)).isEqualTo(jdk(bytes));
  }

  /** Utf8's answer, with the characters checked against the JDK's when the input is valid. */
  private static int decode(byte[] bytes) {
    char[] out = new char[bytes.length];
    int n = Utf8.decode(bytes, 0, bytes.length, out);
    if (n >= 0) {
      assertThat(new String(out, 0, n)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }
    return n;
  }

  /** The character count, or {@code -1 - n} with n the characters before the first malformed input. */
  private static int jdk(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    return result.isError() ? -1 - out.position() : out.position();
  }
}
