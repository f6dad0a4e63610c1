package org.chorus.infra.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * query-service's active read-model database read directly: each aggregate's applied version and the consumer's
 * positions. A rebuild switches databases, so the active one is looked up in the control document each time.
 */
final class ReadModels implements AutoCloseable {

  /** The collection whose documents carry the applied version of an aggregate type, keyed by aggregate id. */
  static @Nullable String collectionOf(String aggregateType) {
    return switch (aggregateType) {
      case "Story" -> "stories";
      case "CoDesignSession" -> "sessions";
      case "OutreachCampaign" -> "campaigns";
      case "Champion" -> "champions";
      default -> null;
    };
  }

  private static final String CONFIGURED = "chorus";

  private final MongoClient client;
  private final MongoDatabase database;

  ReadModels(String uri) {
    this.client = MongoClients.create(uri);
    this.database = client.getDatabase(active(client));
  }

  private static String active(MongoClient client) {
    Document pointer = client.getDatabase(CONFIGURED + "_control").getCollection("active")
        .find(new Document("_id", "readmodels")).first();
    return pointer == null ? CONFIGURED : pointer.getString("database");
  }

  /** {@code lastSequence} per document id of a collection. */
  Map<String, Long> versions(String collection) {
    Map<String, Long> versions = new HashMap<>();
    for (Document document : database.getCollection(collection).find()) {
      Object last = document.get("lastSequence");
      if (last instanceof Number number) {
        versions.put(String.valueOf(document.get("_id")), number.longValue());
      }
    }
    return versions;
  }

  /** The offset of the next record to apply, per partition, as query-service keeps it beside its read models. */
  Map<TopicPartition, Long> positions() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    for (Document position : database.getCollection("consumer_positions").find()) {
      positions.put(new TopicPartition(position.getString("topic"), position.getInteger("partition")),
          ((Number) position.get("offset")).longValue());
    }
    return positions;
  }

  @Override
  public void close() {
    client.close();
  }
}
