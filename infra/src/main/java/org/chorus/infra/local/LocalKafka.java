package org.chorus.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/** A real Kafka broker in KRaft combined mode, in this JVM, with a fixed log directory. */
public final class LocalKafka implements AutoCloseable {

  private final KafkaRaftServer server;
  private final int port;

  private LocalKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  public static LocalKafka start(Path logDir, int port, int controllerPort) throws Exception {
    KafkaStorage.formatOnce(logDir, KafkaSettings.NODE_ID, KafkaSettings.CONTROLLER_LISTENER);
    KafkaConfig config = KafkaConfig.fromProps(KafkaSettings.combined(logDir, port, controllerPort), false);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    LocalKafka kafka = new LocalKafka(server, port);
    try {
      server.startup();
      KafkaTopics.awaitBroker(kafka.bootstrapServers(), Duration.ofSeconds(60));
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
    return kafka;
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  @Override
  public String toString() {
    return "Kafka at " + bootstrapServers();
  }
}
