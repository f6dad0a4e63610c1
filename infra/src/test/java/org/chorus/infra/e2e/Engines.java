package org.chorus.infra.e2e;

/** Running PostgreSQL, Kafka and MongoDB, wherever they come from. */
public interface Engines extends AutoCloseable {

  String jdbcUrl();

  String user();

  String password();

  String kafkaBootstrapServers();

  String mongoUri();

  @Override
  void close() throws Exception;
}
