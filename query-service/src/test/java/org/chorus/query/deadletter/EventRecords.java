package org.chorus.query.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;

/**
 * Produces event records to the real broker as command-service publishes them, or broken on purpose as a fault
 * suite would, and reads the dead-letter topics back.
 */
final class EventRecords implements AutoCloseable {
    private final String brokers;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    EventRecords(String brokers) {
        this.brokers = brokers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
    }

    /** A well-formed record of the event. */
    RecordMetadata publish(String topic, String aggregateType, String key, Object event, long sequence) {
        return send(topic, key, KernelJson.mapper().writeValueAsString(event),
                headers(EventTypes.nameOf(event.getClass()), aggregateType, sequence));
    }

    RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> headers(String type, String aggregateType, long sequence) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        headers.put(EventHeaders.EVENT_TYPE, type);
        headers.put(EventHeaders.REVISION, "1");
        headers.put(EventHeaders.AGGREGATE_TYPE, aggregateType);
        headers.put(EventHeaders.SEQUENCE, Long.toString(sequence));
        headers.put(EventHeaders.TIMESTAMP, Instant.now().toString());
        return headers;
    }

    /** Every dead letter of the aggregate on the topic's dead-letter topic, in offset order per partition. */
    List<ConsumerRecord<String, String>> deadLetters(String topic, String key) {
        List<ConsumerRecord<String, String>> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic + ".dlt").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(letter -> {
                    if (key.equals(letter.key())) {
                        letters.add(letter);
                    }
                });
            }
        }
        return letters;
    }

    /** How many records the topic holds in all (the sum of its end offsets); 0 when it does not exist. */
    long size(String topic) throws Exception {
        if (!admin.listTopics().names().get().contains(topic)) {
            return 0;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Admin admin() {
        return admin;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(none)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
