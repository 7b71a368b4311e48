package dev.preflight.jakarta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.emailaccount.EmailAccount;
import dev.preflight.emailaccount.Fixtures;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmailAccountBodyProviderTest {
  private final EmailAccountBodyProvider provider = new EmailAccountBodyProvider();

  private EmailAccount read(String body) throws Exception {
    return provider.readFrom(EmailAccount.class, EmailAccount.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
        null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAWholeRecord() throws Exception {
    assertThat(read(EmailAccountJson.toJson(Fixtures.validAccount()))).isEqualTo(Fixtures.validAccount());
  }

  @Test
  void answersAnUnreadableBodyWith400AndTheMergedEnvelope() {
    String body = EmailAccountJson.toJson(Fixtures.validAccount().toBuilder().incomingServerPort(0).build())
        .replace("\"DisplayName\":\"Front desk\"", "\"DisplayName\":5");

    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> read(body));

    assertThat(e.getResponse().getStatus()).isEqualTo(400);
    assertThat(e.getResponse().getEntity()).isEqualTo("{\"Message\":\"DisplayName: is not a valid string\",\"Value\":null,"
        + "\"Errors\":[{\"AttemptedValue\":5,\"Message\":\"is not a valid string\",\"PropertyName\":\"DisplayName\"},"
        + "{\"AttemptedValue\":0,\"Message\":\"must be between 1 and 65535\",\"PropertyName\":\"IncomingServerPort\"}],"
        + "\"WasSuccessful\":false}");
  }

  @Test
  void writesTheWireFormat() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    provider.writeTo(Fixtures.validAccount(), EmailAccount.class, EmailAccount.class, new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE, null, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EmailAccountJson.toJson(Fixtures.validAccount()));
  }
}
