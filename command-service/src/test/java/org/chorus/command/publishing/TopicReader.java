package org.chorus.command.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.chorus.command.support.TestEngines;

/** Reads a topic of the embedded broker from the start, as a new consumer group would, keeping the given keys. */
final class TopicReader {
    private TopicReader() {
    }

    /** The records of these keys, read until every key has one or the wait is over. */
    static List<ConsumerRecord<String, byte[]>> records(String topic, Collection<String> keys, Duration wait) {
        return read(topic, keys, wait, true);
    }

    /** The records of these keys, reading for the whole wait (to show that one is absent). */
    static List<ConsumerRecord<String, byte[]>> everything(String topic, Collection<String> keys, Duration wait) {
        return read(topic, keys, wait, false);
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic, Collection<String> keys, Duration wait,
                                                             boolean stopWhenAllFound) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline
                    && !(stopWhenAllFound && found.stream().map(ConsumerRecord::key).distinct().count() == keys.size())) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
