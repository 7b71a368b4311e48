package dev.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  @Test
  void coreExportsOnlyTheApiAndSpiAndRequiresOnlyTheJdk() throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.preflight.core");
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "dev.preflight",
            "dev.preflight.catalogue",
            "dev.preflight.emailaccount",
            "dev.preflight.model",
            "dev.preflight.validation",
            "dev.preflight.validation.spi");
    assertThat(descriptor.requires())
        .allSatisfy(r -> assertThat(r.name().equals("java.base")
            || r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)).as(r.name()).isTrue());
    assertThat(descriptor.uses()).containsExactly("dev.preflight.validation.spi.Rule");
  }
}
