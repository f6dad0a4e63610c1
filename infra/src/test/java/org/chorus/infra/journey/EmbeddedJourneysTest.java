package org.chorus.infra.journey;

import java.nio.file.Path;
import org.chorus.infra.e2e.EmbeddedEngines;
import org.chorus.infra.e2e.Engines;

/** The journeys on the embedded engines the local stack uses. */
class EmbeddedJourneysTest extends Journeys {

  @Override
  protected Engines startEngines(Path dataDir) throws Exception {
    return EmbeddedEngines.start(dataDir);
  }
}
