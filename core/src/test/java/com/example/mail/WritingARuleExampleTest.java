package com.example.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.emailaccount.Fixtures;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.validation.ValidationError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example of docs/writing-a-rule.md is this package's CorporateDomainRule, and it works. */
class WritingARuleExampleTest {

  @Test
  void docExampleIsTheCompiledSource() throws Exception {
    String doc = Files.readString(Path.of("../docs/writing-a-rule.md"));
    Matcher block = Pattern.compile("```java\n(package com\\.example\\.mail;.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(block.find()).isTrue();
    assertThat(block.group(1))
        .isEqualTo(Files.readString(Path.of("src/test/java/com/example/mail/CorporateDomainRule.java")));
  }

  @Test
  void exampleRuleReportsAReplyToOutsideTheCompany() {
    EmailAccountValidator validator = EmailAccountValidator.builder().addRule(new CorporateDomainRule()).build();

    assertThat(validator.validate(Fixtures.validAccount().toBuilder().replyToEmail("a@elsewhere.org").build()).errors())
        .containsExactly(new ValidationError("ReplyToEmail", "a@elsewhere.org", "must be an address at example.com"));
    assertThat(validator.validate(Fixtures.validAccount().toBuilder().replyToEmail("a@example.com").build()).wasSuccessful())
        .isTrue();
    assertThat(validator.descriptions()).last().extracting(d -> d.ruleId()).isEqualTo("corporate-domain");
  }
}
