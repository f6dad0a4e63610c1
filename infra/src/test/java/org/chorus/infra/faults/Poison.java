package org.chorus.infra.faults;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Poison records written straight onto an event topic, each marked with a {@code chorus-fault-poison} header (kept
 * on the dead-letter topic with the others) so the oracle can tell the dead letters it caused from any other.
 */
final class Poison {

  /** One injected record: its marker, the aggregate it claims to belong to and why it is poison. */
  record Injected(String id, String aggregateId, String kind) {}

  private final List<Injected> injected = new CopyOnWriteArrayList<>();
  private final Set<String> replayed = ConcurrentHashMap.newKeySet();

  /** A record whose event type no consumer knows, claiming to be the story's next event. */
  void unknownType(String bootstrapServers, String storyId, long sequence) throws Exception {
    send(bootstrapServers, storyId, sequence, "StoryTeleportedEvent", "{\"storyId\":\"" + storyId + "\"}",
        "unknown event type");
  }

  /** A story event whose value is not JSON at all. */
  void badJson(String bootstrapServers, String storyId, long sequence) throws Exception {
    send(bootstrapServers, storyId, sequence, "StoryApprovedEvent", "{\"storyId\": not json", "bad JSON");
  }

  private void send(String bootstrapServers, String storyId, long sequence, String type, String value, String kind)
      throws Exception {
    String id = UUID.randomUUID().toString();
    ProducerRecord<String, String> record = new ProducerRecord<>(TopicScan.EVENT_TOPICS.get(0), storyId, value);
    header(record, TopicScan.POISON, id);
    header(record, TopicScan.EVENT_TYPE, type);
    header(record, "chorus-event-id", UUID.randomUUID().toString());
    header(record, "chorus-event-revision", "1");
    header(record, "chorus-aggregate-type", "Story");
    header(record, TopicScan.SEQUENCE, Long.toString(sequence));
    header(record, "chorus-timestamp", "2026-11-22T10:15:30Z");
    header(record, "chorus-caused-by", "system");
    header(record, "chorus-caused-by-role", "SYSTEM");
    header(record, "chorus-caused-by-organisation", "");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.ACKS_CONFIG, "all"))) {
      producer.send(record).get(60, TimeUnit.SECONDS);
    }
    injected.add(new Injected(id, storyId, kind));
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  List<String> ids() {
    return injected.stream().map(Injected::id).toList();
  }

  /** The aggregates with poison on their topic: their later events are parked behind it. */
  Set<String> aggregates() {
    return Set.copyOf(injected.stream().map(Injected::aggregateId).toList());
  }

  /** The poisoned aggregates not replayed yet: held back on purpose, each behind its poison. */
  Set<String> stillParked() {
    Set<String> parked = new HashSet<>(aggregates());
    parked.removeAll(replayed);
    return parked;
  }

  void replayed(String aggregateId) {
    replayed.add(aggregateId);
  }

  int size() {
    return injected.size();
  }
}
