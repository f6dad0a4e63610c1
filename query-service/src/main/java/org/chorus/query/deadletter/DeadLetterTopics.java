package org.chorus.query.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The dead-letter topics, {@code <topic>.dlt}: created when first needed with the source topic's partition count and
 * kept for ever. A dead letter is the original record (key, value, headers, timestamp) on the same partition number,
 * plus headers saying why and where it came from; it is sent only once the broker acknowledges it.
 */
final class DeadLetterTopics implements AutoCloseable {
    static final String SUFFIX = ".dlt";
    static final String REASON = "chorus-dlt-reason";
    static final String EXCEPTION = "chorus-dlt-exception";
    static final String TOPIC = "chorus-dlt-topic";
    static final String PARTITION = "chorus-dlt-partition";
    static final String OFFSET = "chorus-dlt-offset";

    private final KafkaTemplate<String, String> template;
    private final Admin admin;
    private final Duration timeout;
    private final Map<String, Integer> partitions = new ConcurrentHashMap<>();

    DeadLetterTopics(KafkaTemplate<String, String> template, Admin admin, Duration timeout) {
        this.template = template;
        this.admin = admin;
        this.timeout = timeout;
    }

    static String of(String topic) {
        return topic + SUFFIX;
    }

    /** Sends the dead letter and waits for the broker's acknowledgement: where it lies, as {partition, offset}. */
    RecordMetadata send(ConsumerRecord<String, String> record, String reason, String exception) {
        String topic = of(record.topic());
        int count = ensure(record.topic());
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic,
                record.partition() < count ? record.partition() : null, record.timestamp(), record.key(),
                record.value(), new RecordHeaders(record.headers().toArray()));
        letter.headers().add(REASON, utf8(reason)).add(EXCEPTION, utf8(exception)).add(TOPIC, utf8(record.topic()))
                .add(PARTITION, utf8(Integer.toString(record.partition())))
                .add(OFFSET, utf8(Long.toString(record.offset())));
        try {
            return await(template.send(letter), "send a dead letter to " + topic).getRecordMetadata();
        } catch (DeadLetterUnavailableException e) {
            // the topic may have been deleted: look for it, and create it again if need be, on the next try
            partitions.remove(topic);
            throw e;
        }
    }

    private int ensure(String source) {
        return partitions.computeIfAbsent(of(source), topic ->
                await(admin.listTopics().names(), "list topics").contains(topic)
                        ? description(topic).partitions().size()
                        : create(source, topic));
    }

    private int create(String source, String topic) {
        TopicDescription description = description(source);
        int count = description.partitions().size();
        short replicas = (short) description.partitions().get(0).replicas().size();
        NewTopic dlt = new NewTopic(topic, count, replicas).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
        try {
            await(admin.createTopics(List.of(dlt)).all(), "create " + topic);
        } catch (DeadLetterUnavailableException e) {
            boolean exists = e.getCause() instanceof ExecutionException failed
                    && failed.getCause() instanceof TopicExistsException;
            if (!exists) {
                throw e;
            }
        }
        return count;
    }

    private TopicDescription description(String topic) {
        return await(admin.describeTopics(List.of(topic)).allTopicNames(), "describe " + topic).get(topic);
    }

    private <T> T await(Future<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLetterUnavailableException("cannot " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterUnavailableException("interrupted: cannot " + what, e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        admin.close();
    }
}
