package org.chorus.infra.local;

import java.nio.file.Path;

/**
 * PostgreSQL, Kafka (with the story-events topic) and the Mongo wire server, each in its own folder under one data
 * folder; starting again on the same folder finds the same data. Closing stops Kafka, then Mongo, then PostgreSQL.
 * If one fails to start, the ones already up are stopped before the failure is thrown.
 */
public final class LocalEngines implements AutoCloseable {

  /** The engines' ports; {@link #free()} picks unused ones. */
  public record EnginePorts(int postgres, int kafka, int kafkaController, int mongo) {

    public static EnginePorts free() {
      return new EnginePorts(Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }
  }

  private final LocalPostgres postgres;
  private final LocalKafka kafka;
  private final LocalMongo mongo;

  private LocalEngines(LocalPostgres postgres, LocalKafka kafka, LocalMongo mongo) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.mongo = mongo;
  }

  public static LocalEngines start(Path dataDir, EnginePorts ports) throws Exception {
    LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), ports.postgres());
    try {
      LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
      try {
        KafkaTopics.ensureStoryEvents(kafka.bootstrapServers());
        LocalMongo mongo = LocalMongo.start(dataDir.resolve("mongo").resolve("chorus.mv"), ports.mongo());
        return new LocalEngines(postgres, kafka, mongo);
      } catch (Exception e) {
        kafka.close();
        throw e;
      }
    } catch (Exception e) {
      postgres.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  public String mongoUri() {
    return mongo.uri();
  }

  /** The settings both services need to reach these engines, with {@code dataDir} for their own files. */
  public ServiceEnvironment serviceEnvironment(Path dataDir, int commandPort) {
    return new ServiceEnvironment(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD, kafkaBootstrapServers(),
        mongoUri(), dataDir, commandPort);
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

  @Override
  public String toString() {
    return "the engines (PostgreSQL, Kafka, Mongo)";
  }
}
