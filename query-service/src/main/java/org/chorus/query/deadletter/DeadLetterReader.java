package org.chorus.query.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Reads parked records back from a dead-letter topic by partition and offset, as the records they were when first
 * consumed (topic, partition, offset, key, value, headers), so that the projections see them exactly as then.
 */
final class DeadLetterReader implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<String, String> consumer;
    private final Duration timeout;

    DeadLetterReader(Consumer<String, String> consumer, Duration timeout) {
        this.consumer = consumer;
        this.timeout = timeout;
    }

    ConsumerRecord<String, String> read(String topic, ParkedEntry entry) {
        TopicPartition partition = new TopicPartition(DeadLetterTopics.of(topic), entry.dltPartition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, entry.dltOffset());
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<ConsumerRecord<String, String>> records = consumer.poll(POLL).records(partition);
            if (!records.isEmpty()) {
                ConsumerRecord<String, String> letter = records.get(0);
                if (letter.offset() != entry.dltOffset()) {
                    throw new IllegalStateException("dead letter " + partition + "@" + entry.dltOffset() + " is gone");
                }
                return original(letter);
            }
        }
        throw new DeadLetterUnavailableException("dead letter " + partition + "@" + entry.dltOffset()
                + " not read within " + timeout);
    }

    private static ConsumerRecord<String, String> original(ConsumerRecord<String, String> letter) {
        return new ConsumerRecord<>(text(letter, DeadLetterTopics.TOPIC),
                Integer.parseInt(text(letter, DeadLetterTopics.PARTITION)),
                Long.parseLong(text(letter, DeadLetterTopics.OFFSET)), letter.timestamp(), letter.timestampType(),
                letter.serializedKeySize(), letter.serializedValueSize(), letter.key(), letter.value(),
                letter.headers(),
                Optional.empty());
    }

    private static String text(ConsumerRecord<String, String> letter, String name) {
        Header header = letter.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("dead letter " + letter.topic() + "-" + letter.partition() + "@"
                    + letter.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
