package org.chorus.query.consistency;

import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the live consumers have applied each partition, as they record it beside the read models
 * ({@code consumer_positions}, written by the consumer package after each record): the offset of the next record.
 */
final class ConsumerProgress {
    static final String COLLECTION = "consumer_positions";
    private static final String TOPIC = "topic";
    private static final String PARTITION = "partition";
    private static final String OFFSET = "offset";

    private final Map<TopicPartition, Long> next;

    private ConsumerProgress(Map<TopicPartition, Long> next) {
        this.next = next;
    }

    static ConsumerProgress read(MongoDatabase database) {
        Map<TopicPartition, Long> next = new HashMap<>();
        database.getCollection(COLLECTION).find().forEach(position -> next.put(
                new TopicPartition(position.getString(TOPIC), ((Number) position.get(PARTITION)).intValue()),
                ((Number) position.get(OFFSET)).longValue()));
        return new ConsumerProgress(next);
    }

    /** Whether the live consumer had not yet passed the aggregate's latest record. */
    boolean notReached(OnKafka onKafka) {
        return onKafka.lastOffset() >= next.getOrDefault(new TopicPartition(onKafka.topic(), onKafka.partition()), 0L);
    }
}
