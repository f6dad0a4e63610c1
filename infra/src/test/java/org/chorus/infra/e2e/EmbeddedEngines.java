package org.chorus.infra.e2e;

import java.nio.file.Path;
import org.chorus.infra.local.LocalEngines;
import org.chorus.infra.local.LocalPostgres;

/** The local stack's engines on free ports; starting again on the same folder finds the same data. */
public final class EmbeddedEngines implements Engines {

  private final LocalEngines engines;

  private EmbeddedEngines(LocalEngines engines) {
    this.engines = engines;
  }

  public static EmbeddedEngines start(Path dataDir) throws Exception {
    return new EmbeddedEngines(LocalEngines.start(dataDir, LocalEngines.EnginePorts.free()));
  }

  @Override
  public String jdbcUrl() {
    return engines.jdbcUrl();
  }

  @Override
  public String user() {
    return LocalPostgres.USER;
  }

  @Override
  public String password() {
    return LocalPostgres.PASSWORD;
  }

  @Override
  public String kafkaBootstrapServers() {
    return engines.kafkaBootstrapServers();
  }

  @Override
  public String mongoUri() {
    return engines.mongoUri();
  }

  @Override
  public void close() throws Exception {
    engines.close();
  }
}
