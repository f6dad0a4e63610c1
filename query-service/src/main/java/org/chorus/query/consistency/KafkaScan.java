package org.chorus.query.consistency;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.chorus.kernel.event.EventHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the event topics on its own consumer (assigned partitions, no group, values never parsed) and keeps, per
 * aggregate, what they hold. Where each partition was read up to is kept in Mongo with the aggregates, so each scan
 * reads only the records added since the last one. The aggregates are written before the offsets: a scan cut short
 * between the two reads some records again, which changes nothing.
 */
final class KafkaScan {
    private static final Logger log = LoggerFactory.getLogger(KafkaScan.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final Duration timeout;
    private final MongoCollection<Document> offsets;
    private final MongoCollection<Document> aggregates;

    KafkaScan(MongoDatabase database, String bootstrapServers, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        this.offsets = database.getCollection(ScanFields.OFFSETS);
        this.aggregates = database.getCollection(ScanFields.AGGREGATES);
    }

    /** Reads every event topic up to its end as it is now, and answers what they hold, by aggregate id. */
    synchronized Map<String, OnKafka> scan() {
        Map<String, OnKafka> known = new HashMap<>();
        aggregates.find().forEach(document -> known.put(document.getString(ScanFields.ID), OnKafka.of(document)));
        Set<String> changed = new HashSet<>();
        Map<TopicPartition, Long> reached = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return known;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
            for (TopicPartition partition : partitions) {
                long from = start(partition, ends.get(partition), beginnings.get(partition), known, changed);
                consumer.seek(partition, from);
                reached.put(partition, from);
            }
            Instant deadline = Instant.now().plus(timeout);
            while (!caughtUp(consumer, partitions, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the event topics were not read to their end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    take(record, known, changed);
                }
            }
            partitions.forEach(partition -> reached.put(partition, consumer.position(partition, timeout)));
        }
        save(known, changed, reached);
        return known;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(timeout);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : AggregateTypes.topics()) {
            for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    // a stored offset past the end means the topic was created again: what was known of that partition is void
    private long start(TopicPartition partition, long end, long beginning, Map<String, OnKafka> known,
            Set<String> changed) {
        Document stored = offsets.find(eq(ScanFields.ID, partition.toString())).first();
        long next = stored == null ? beginning : ((Number) stored.get(ScanFields.OFFSET)).longValue();
        if (next <= end && next >= beginning) {
            return next;
        }
        log.warn("{}: scanned up to {} but the partition now runs {} to {}; scanning it again", partition, next,
                beginning, end);
        List<String> forgotten = known.values().stream()
                .filter(onKafka -> onKafka.topic().equals(partition.topic())
                        && onKafka.partition() == partition.partition())
                .map(OnKafka::aggregateId).toList();
        forgotten.forEach(known::remove);
        if (!forgotten.isEmpty()) {
            aggregates.deleteMany(in(ScanFields.ID, forgotten));
        }
        changed.removeAll(forgotten);
        return beginning;
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> ends) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }

    // a record without a key or a sequence belongs to no aggregate: the live consumer cannot apply it either
    private static void take(ConsumerRecord<String, byte[]> record, Map<String, OnKafka> known, Set<String> changed) {
        String sequence = header(record, EventHeaders.SEQUENCE);
        if (record.key() == null || sequence == null) {
            log.warn("{}-{}@{} has no key or no sequence: not counted", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        String type = header(record, EventHeaders.AGGREGATE_TYPE);
        String aggregateType = type != null ? type : AggregateTypes.ofTopic(record.topic());
        long seq;
        try {
            seq = Long.parseLong(sequence);
        } catch (NumberFormatException e) {
            log.warn("{}-{}@{} has an unreadable sequence: not counted", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        known.computeIfAbsent(record.key(),
                id -> OnKafka.first(id, aggregateType, record.topic(), record.partition()))
                .saw(seq, aggregateType, record.partition(), record.offset());
        changed.add(record.key());
    }

    private static @Nullable String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void save(Map<String, OnKafka> known, Set<String> changed, Map<TopicPartition, Long> reached) {
        List<ReplaceOneModel<Document>> writes = changed.stream().map(known::get)
                .map(onKafka -> new ReplaceOneModel<>(eq(ScanFields.ID, onKafka.aggregateId()), onKafka.document(),
                        new ReplaceOptions().upsert(true)))
                .toList();
        if (!writes.isEmpty()) {
            aggregates.bulkWrite(writes);
        }
        reached.forEach((partition, offset) -> offsets.replaceOne(eq(ScanFields.ID, partition.toString()),
                new Document(ScanFields.ID, partition.toString()).append(ScanFields.TOPIC, partition.topic())
                        .append(ScanFields.PARTITION, partition.partition()).append(ScanFields.OFFSET, offset),
                new ReplaceOptions().upsert(true)));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.CLIENT_ID_CONFIG, "query-service-consistency");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
