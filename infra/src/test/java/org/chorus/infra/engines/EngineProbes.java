package org.chorus.infra.engines;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.chorus.infra.e2e.Engines;
import org.chorus.infra.local.KafkaTopics;

/** Writes and reads one marker in each engine through its ordinary client. */
final class EngineProbes {

  static final String TOPIC = "chorus.engine.probe";
  private static final String MONGO_DATABASE = "chorus_probe";

  private EngineProbes() {}

  static String setting(Engines engines, String name) throws SQLException {
    try (Connection connection = connect(engines);
        PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  static void insertRow(Engines engines, String marker) throws SQLException {
    try (Connection connection = connect(engines)) {
      connection.createStatement().execute("CREATE TABLE IF NOT EXISTS probe (marker text PRIMARY KEY)");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO probe (marker) VALUES (?)")) {
        insert.setString(1, marker);
        insert.executeUpdate();
      }
    }
  }

  static boolean rowExists(Engines engines, String marker) throws SQLException {
    try (Connection connection = connect(engines);
        PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM probe WHERE marker = ?")) {
      query.setString(1, marker);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1) == 1;
      }
    }
  }

  private static Connection connect(Engines engines) throws SQLException {
    return DriverManager.getConnection(engines.jdbcUrl(), engines.user(), engines.password());
  }

  static long produce(Engines engines, String key, String value) throws Exception {
    KafkaTopics.ensure(engines.kafkaBootstrapServers(), TOPIC, 1);
    Map<String, Object> config = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      return producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS).offset();
    }
  }

  static Optional<String> consume(Engines engines, String key, Duration timeout) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrapServers(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    TopicPartition partition = new TopicPartition(TOPIC, 0);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(record.key())) {
            return Optional.of(record.value());
          }
        }
      }
      return Optional.empty();
    }
  }

  static void insertDocument(Engines engines, String id, String text) {
    try (MongoClient client = MongoClients.create(engines.mongoUri())) {
      client.getDatabase(MONGO_DATABASE).getCollection("probes")
          .insertOne(new Document("_id", id).append("text", text));
    }
  }

  static Optional<String> findDocument(Engines engines, String id) {
    try (MongoClient client = MongoClients.create(engines.mongoUri())) {
      Document found = client.getDatabase(MONGO_DATABASE).getCollection("probes").find(eq("_id", id)).first();
      return Optional.ofNullable(found).map(document -> document.getString("text"));
    }
  }
}
