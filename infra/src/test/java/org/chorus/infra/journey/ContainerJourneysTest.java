package org.chorus.infra.journey;

import java.nio.file.Path;
import org.chorus.infra.e2e.ContainerEngines;
import org.chorus.infra.e2e.Engines;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same journeys on official PostgreSQL, Apache Kafka and MongoDB images; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerJourneysTest extends Journeys {

  @Override
  protected Engines startEngines(Path dataDir) {
    return ContainerEngines.start();
  }
}
