package org.chorus.infra.journey;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.chorus.infra.e2e.Engines;

/** Looks for a piece of text everywhere the engines keep data, the way an auditor would read it. */
final class PlaintextSearch {
  private final Engines engines;

  PlaintextSearch(Engines engines) {
    this.engines = engines;
  }

  /** Every column of every table in every non-system schema: text as text, bytea decoded. Returns hits. */
  List<String> inPostgres(String needle) throws Exception {
    List<String> hits = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(engines.jdbcUrl(), engines.user(), engines.password())) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = db.createStatement().executeQuery("SELECT c.table_schema, c.table_name, c.column_name,"
          + " c.data_type FROM information_schema.columns c JOIN information_schema.tables t"
          + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
          + " WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      for (String[] c : columns) {
        String column = "\"" + c[2] + "\"";
        String where = "bytea".equals(c[3]) ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
            : column + "::text LIKE '%' || ? || '%'";
        try (PreparedStatement query = db.prepareStatement(
            "SELECT count(*) FROM \"" + c[0] + "\".\"" + c[1] + "\" WHERE " + where)) {
          query.setString(1, needle);
          try (ResultSet rs = query.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              hits.add(c[0] + "." + c[1] + "." + c[2]);
            }
          }
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException("no tables found: the search would prove nothing");
      }
    }
    return hits;
  }

  /**
   * Tables whose values PostgreSQL stored out of line (a non-empty TOAST relation). {@link #inPostgres} reads rows
   * through SQL, which detoasts them, so a needle in a TOASTed value is found too.
   */
  List<String> toastedTables() throws Exception {
    List<String> toasted = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(engines.jdbcUrl(), engines.user(), engines.password());
         ResultSet rs = db.createStatement().executeQuery("SELECT n.nspname || '.' || c.relname FROM pg_class c"
             + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND c.reltoastrelid <> 0"
             + " AND pg_relation_size(c.reltoastrelid) > 0"
             + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')")) {
      while (rs.next()) {
        toasted.add(rs.getString(1));
      }
    }
    return toasted;
  }

  /**
   * Every record of every topic the admin client lists (so dead-letter topics added later are included), keys, values
   * and headers, record by record as the consumer hands them over: batches already decompressed. Returns hits; counts
   * what it read into {@code read}.
   */
  List<String> inKafka(String needle, long[] read) throws Exception {
    List<String> hits = new ArrayList<>();
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrapServers());
    List<TopicPartition> partitions = new ArrayList<>();
    try (Admin admin = Admin.create(props)) {
      for (var description : admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get().values()) {
        description.partitions().forEach(p -> partitions.add(new TopicPartition(description.name(), p.partition())));
      }
    }
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "plaintext-search-" + UUID.randomUUID());
    byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          read[0]++;
          boolean hit = contains(record.key(), bytes) || contains(record.value(), bytes);
          for (Header header : record.headers()) {
            hit |= contains(header.value(), bytes);
          }
          if (hit) {
            hits.add(record.topic() + "@" + record.partition() + ":" + record.offset());
          }
        }
      }
    }
    return hits;
  }

  /** Every document of every collection of every database, through the driver. */
  List<String> inMongo(String needle) {
    List<String> hits = new ArrayList<>();
    try (MongoClient client = MongoClients.create(engines.mongoUri())) {
      for (String name : client.listDatabaseNames()) {
        MongoDatabase db = client.getDatabase(name);
        for (String collection : db.listCollectionNames()) {
          for (Document document : db.getCollection(collection).find()) {
            if (document.toJson().contains(needle)) {
              hits.add(name + "." + collection + "/" + document.get("_id"));
            }
          }
        }
      }
    }
    return hits;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    if (haystack == null) {
      return false;
    }
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
