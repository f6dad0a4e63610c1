package org.chorus.query.consistency;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.chorus.query.consumer.ConsumerPositions;

/**
 * How far the live consumers have applied each partition, as they record it beside the read models
 * ({@link ConsumerPositions}, written after each record): the offset of the next record.
 */
final class ConsumerProgress {
    private final Map<TopicPartition, Long> next;

    private ConsumerProgress(Map<TopicPartition, Long> next) {
        this.next = next;
    }

    static ConsumerProgress read(MongoDatabase database) {
        return new ConsumerProgress(new ConsumerPositions(database).all());
    }

    /** Whether the live consumer had not yet passed the aggregate's latest record. */
    boolean notReached(OnKafka onKafka) {
        return onKafka.lastOffset() >= next.getOrDefault(new TopicPartition(onKafka.topic(), onKafka.partition()), 0L);
    }
}
