package org.chorus.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

  @Test
  void defaultsKeepDataInTheRepositoryAndUseTheDocumentedPorts() {
    StackConfig config = StackConfig.from(Map.of(), "/repo");

    assertThat(config.dataDir()).isEqualTo(Path.of("/repo/.data"));
    assertThat(config.postgresPort()).isEqualTo(15432);
    assertThat(config.kafkaPort()).isEqualTo(9092);
    assertThat(config.mongoPort()).isEqualTo(27017);
    assertThat(config.commandPort()).isEqualTo(8081);
    assertThat(config.queryPort()).isEqualTo(8082);
    assertThat(config.enginesOnly()).isFalse();
    assertThat(config.serviceJar("command-service"))
        .isEqualTo(Path.of("/repo/command-service/target/command-service-0.1.0-SNAPSHOT.jar"));
  }

  @Test
  void environmentOverridesDataFolderAndPorts() {
    StackConfig config = StackConfig.from(Map.of(
        "CHORUS_DATA_DIR", "/var/chorus",
        "CHORUS_PG_PORT", "25432",
        "CHORUS_COMMAND_PORT", "9181",
        "CHORUS_ENGINES_ONLY", "true"), "/repo");

    assertThat(config.dataDir()).isEqualTo(Path.of("/var/chorus"));
    assertThat(config.postgresPort()).isEqualTo(25432);
    assertThat(config.commandPort()).isEqualTo(9181);
    assertThat(config.enginesOnly()).isTrue();
  }

  @Test
  void rejectsAPortThatIsNotANumberNamingTheVariable() {
    assertThatThrownBy(() -> StackConfig.from(Map.of("CHORUS_KAFKA_PORT", "ninety"), "/repo"))
        .hasMessageContaining("CHORUS_KAFKA_PORT");
  }

  @Test
  void aTakenPortFailsNamingThePortAndTheVariableThatMovesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> Ports.requireFree(port, "MongoDB", StackConfig.MONGO_PORT))
          .hasMessageContaining(String.valueOf(port))
          .hasMessageContaining("CHORUS_MONGO_PORT");
    }
  }
}
