package org.chorus.infra.e2e;

import org.chorus.infra.local.KafkaTopics;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The official PostgreSQL, Apache Kafka and MongoDB images, for machines with Docker. */
public final class ContainerEngines implements Engines {

  public static final String POSTGRES_IMAGE = "postgres:18";
  public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
  public static final String MONGO_IMAGE = "mongo:8";

  private final PostgreSQLContainer postgres;
  private final KafkaContainer kafka;
  private final MongoDBContainer mongo;

  private ContainerEngines(PostgreSQLContainer postgres, KafkaContainer kafka, MongoDBContainer mongo) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.mongo = mongo;
  }

  public static ContainerEngines start() {
    PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
        .withDatabaseName("postgres")
        .withUsername("postgres")
        .withPassword("postgres");
    // same broker rules as the local stack: topics are created on purpose and kept forever
    KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
        .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
        .withEnv("KAFKA_LOG_RETENTION_BYTES", "-1");
    MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
    ContainerEngines engines = new ContainerEngines(postgres, kafka, mongo);
    try {
      postgres.start();
      kafka.start();
      mongo.start();
      KafkaTopics.ensureStoryEvents(kafka.getBootstrapServers());
    } catch (RuntimeException e) {
      engines.close();
      throw e;
    }
    return engines;
  }

  @Override
  public String jdbcUrl() {
    return postgres.getJdbcUrl();
  }

  @Override
  public String user() {
    return postgres.getUsername();
  }

  @Override
  public String password() {
    return postgres.getPassword();
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String mongoUri() {
    return mongo.getReplicaSetUrl();
  }

  @Override
  public void close() {
    mongo.stop();
    kafka.stop();
    postgres.stop();
  }
}
