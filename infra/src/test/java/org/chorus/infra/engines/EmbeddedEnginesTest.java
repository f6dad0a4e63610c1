package org.chorus.infra.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.chorus.infra.e2e.EmbeddedEngines;
import org.chorus.infra.e2e.Engines;
import org.junit.jupiter.api.Test;

class EmbeddedEnginesTest extends EngineContractTest {

  @Override
  protected Engines startEngines(Path dataDir) throws Exception {
    return EmbeddedEngines.start(dataDir);
  }

  @Test
  void rowRecordAndDocumentSurviveARestartOnTheSameDataFolder() throws Exception {
    String marker = UUID.randomUUID().toString();
    EngineProbes.insertRow(engines(), marker);
    EngineProbes.produce(engines(), marker, "event " + marker);
    EngineProbes.insertDocument(engines(), marker, "view " + marker);

    Engines restarted = restartEngines();

    assertThat(EngineProbes.rowExists(restarted, marker)).isTrue();
    assertThat(EngineProbes.consume(restarted, marker, Duration.ofSeconds(30))).contains("event " + marker);
    assertThat(EngineProbes.findDocument(restarted, marker)).contains("view " + marker);
    assertThat(EngineProbes.setting(restarted, "fsync")).isEqualTo("on");
  }
}
