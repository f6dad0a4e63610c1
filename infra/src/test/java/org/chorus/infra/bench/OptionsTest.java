package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsRunBothConfigurationsAtTheSmallScale() {
    Options options = Options.parse(new String[0], Path.of("/repo"));
    assertThat(options.configurations()).containsExactly(Configuration.TUNED, Configuration.STOCK);
    assertThat(options.stories()).isEqualTo(20_000);
    assertThat(options.readers()).isEqualTo(50);
    assertThat(options.readerPace()).isEqualTo(Duration.ofSeconds(1));
    assertThat(options.rebuild()).isTrue();
    assertThat(options.outDir().toString()).startsWith("/repo/infra/target/bench/");
  }

  @Test
  void everyOptionIsRead() {
    Options options = Options.parse(new String[] {"--rates", "100, 300", "--step-seconds", "3", "--stories",
        "1000000", "--reader-pace-ms", "250", "--rebuild", "false", "--configs", "stock", "--out", "/tmp/x"}, Path.of("/repo"));
    assertThat(options.rates()).containsExactly(100.0, 300.0);
    assertThat(options.step()).isEqualTo(Duration.ofSeconds(3));
    assertThat(options.stories()).isEqualTo(1_000_000);
    assertThat(options.readerPace()).isEqualTo(Duration.ofMillis(250));
    assertThat(options.rebuild()).isFalse();
    assertThat(options.configurations()).isEqualTo(List.of(Configuration.STOCK));
    assertThat(options.outDir()).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void anUnknownOptionOrConfigurationIsRefusedWithTheUsage() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--speed", "9"}, Path.of("/repo")))
        .hasMessageContaining("unknown option --speed").hasMessageContaining("--stories n");
    assertThatThrownBy(() -> Options.parse(new String[] {"--configs", "fast"}, Path.of("/repo")))
        .hasMessageContaining("unknown configuration fast");
  }
}
