package org.chorus.infra.engines;

import java.nio.file.Path;
import org.chorus.infra.e2e.ContainerEngines;
import org.chorus.infra.e2e.Engines;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers(disabledWithoutDocker = true)
class ContainerEnginesTest extends EngineContractTest {

  @Override
  protected Engines startEngines(Path dataDir) {
    return ContainerEngines.start();
  }
}
