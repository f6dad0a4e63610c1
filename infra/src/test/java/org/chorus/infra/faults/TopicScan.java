package org.chorus.infra.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/** Reads whole topics from the beginning to their end offsets, as they stand now. */
final class TopicScan {

  /** The internal event topics (shared-kernel {@code Topics}); the dead-letter topics add {@code .dlt}. */
  static final List<String> EVENT_TOPICS = List.of("chorus.story.events", "chorus.session.events",
      "chorus.champion.events", "chorus.campaign.events", "chorus.codebook.events");
  static final String DLT_SUFFIX = ".dlt";
  static final String SEQUENCE = "chorus-sequence";
  static final String EVENT_TYPE = "chorus-event-type";
  static final String POISON = "chorus-fault-poison";

  /** The sequence numbers seen per aggregate (record key), and every record marked as injected poison. */
  record Events(Map<String, BitSet> sequences, Map<TopicPartition, Long> endOffsets, long records,
      List<String> poison) {}

  /** Dead-lettered records: the poison ids they carry and the keys of the others. */
  record DeadLetters(List<String> poison, List<String> otherKeys) {}

  private final String bootstrapServers;

  TopicScan(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  Events events() {
    Map<String, BitSet> sequences = new HashMap<>();
    List<String> poison = new ArrayList<>();
    long[] records = {0};
    Map<TopicPartition, Long> ends = read(EVENT_TOPICS, record -> {
      records[0]++;
      String marker = header(record, POISON);
      if (marker != null) {
        poison.add(marker);
        return;
      }
      String sequence = header(record, SEQUENCE);
      if (record.key() != null && sequence != null) {
        sequences.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new BitSet())
            .set(Integer.parseInt(sequence));
      }
    });
    return new Events(sequences, ends, records[0], poison);
  }

  DeadLetters deadLetters() throws Exception {
    List<String> dlts;
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      dlts = admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
          .filter(name -> name.endsWith(DLT_SUFFIX)).sorted().toList();
    }
    List<String> poison = new ArrayList<>();
    List<String> others = new ArrayList<>();
    read(dlts, record -> {
      String marker = header(record, POISON);
      if (marker != null) {
        poison.add(marker);
      } else {
        others.add(record.topic() + "/" + (record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8))
            + "#" + header(record, SEQUENCE));
      }
    });
    return new DeadLetters(poison, others);
  }

  /** Every partition's end offset of these topics (those that exist). */
  Map<TopicPartition, Long> endOffsets(List<String> topics) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return consumer.endOffsets(partitions(consumer, topics), Duration.ofSeconds(30));
    }
  }

  private Map<TopicPartition, Long> read(List<String> topics,
      Consumer<ConsumerRecord<byte[], byte[]>> each) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(consumer, topics);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!reachedEnd(consumer, ends)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topics + " to their end offsets " + ends);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
            each.accept(record);
          }
        }
      }
      return ends;
    }
  }

  private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (consumer.position(end.getKey()) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
    Set<String> wanted = Set.copyOf(topics);
    List<TopicPartition> partitions = new ArrayList<>();
    for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(30)).entrySet()) {
      if (wanted.contains(topic.getKey())) {
        topic.getValue().forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
      }
    }
    return partitions;
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000));
  }

  static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
