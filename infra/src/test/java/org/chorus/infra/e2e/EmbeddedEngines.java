package org.chorus.infra.e2e;

import java.nio.file.Path;
import org.chorus.infra.local.KafkaTopics;
import org.chorus.infra.local.LocalKafka;
import org.chorus.infra.local.LocalMongo;
import org.chorus.infra.local.LocalPostgres;
import org.chorus.infra.local.Ports;

/** The local stack's engines on free ports; starting again on the same folder finds the same data. */
public final class EmbeddedEngines implements Engines {

  private final Path dataDir;
  private final LocalPostgres postgres;
  private final LocalKafka kafka;
  private final LocalMongo mongo;

  private EmbeddedEngines(Path dataDir, LocalPostgres postgres, LocalKafka kafka, LocalMongo mongo) {
    this.dataDir = dataDir;
    this.postgres = postgres;
    this.kafka = kafka;
    this.mongo = mongo;
  }

  public static EmbeddedEngines start(Path dataDir) throws Exception {
    LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), Ports.free());
    try {
      LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), Ports.free(), Ports.free());
      try {
        KafkaTopics.ensureStoryEvents(kafka.bootstrapServers());
        LocalMongo mongo = LocalMongo.start(dataDir.resolve("mongo").resolve("chorus.mv"), Ports.free());
        return new EmbeddedEngines(dataDir, postgres, kafka, mongo);
      } catch (Exception e) {
        kafka.close();
        throw e;
      }
    } catch (Exception e) {
      postgres.close();
      throw e;
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  public LocalPostgres postgres() {
    return postgres;
  }

  @Override
  public String jdbcUrl() {
    return postgres.jdbcUrl();
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
    return kafka.bootstrapServers();
  }

  @Override
  public String mongoUri() {
    return mongo.uri();
  }

  @Override
  public void close() throws Exception {
    try {
      kafka.close();
      mongo.close();
    } finally {
      postgres.close();
    }
  }
}
