package org.chorus.query.consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * The consumer's positions, kept beside the read models so that a restored or rolled-back store replays what it lost.
 * A rebuild keeps its own in the database it fills.
 */
@Component
public class ConsumerPositions {
    static final String COLLECTION = "consumer_positions";
    static final String OFFSET = "offset";
    private static final String TOPIC = "topic";
    private static final String PARTITION = "partition";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> positions;

    public ConsumerPositions(MongoDatabase database) {
        this.positions = database.getCollection(COLLECTION);
    }

    /** The offset of the next record to apply, if any record of that partition was applied. */
    public Optional<Long> next(TopicPartition partition) {
        return Optional.ofNullable(positions.find(eq("_id", partition.toString())).first())
                .map(position -> ((Number) position.get(OFFSET)).longValue());
    }

    /** The offset of the next record to apply, for every partition of which a record was applied. */
    public Map<TopicPartition, Long> all() {
        Map<TopicPartition, Long> next = new HashMap<>();
        positions.find().forEach(position -> next.put(
                new TopicPartition(position.getString(TOPIC), ((Number) position.get(PARTITION)).intValue()),
                ((Number) position.get(OFFSET)).longValue()));
        return next;
    }

    /** Starts every assigned partition where the read models left off, or from the beginning. */
    void seek(Collection<TopicPartition> assigned, ConsumerSeekAware.ConsumerSeekCallback callback) {
        for (TopicPartition partition : assigned) {
            next(partition).ifPresentOrElse(
                    offset -> callback.seek(partition.topic(), partition.partition(), offset),
                    () -> callback.seekToBeginning(partition.topic(), partition.partition()));
        }
    }

    /**
     * Records, in one request, that the record at each of these offsets was applied (or skipped for good), with every
     * record before it in its partition: the next one follows it.
     */
    public void applied(Map<TopicPartition, Long> lastApplied) {
        if (lastApplied.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(lastApplied.size());
        lastApplied.forEach((partition, offset) -> writes.add(new UpdateOneModel<>(eq("_id", partition.toString()),
                combine(set(TOPIC, partition.topic()), set(PARTITION, partition.partition()), set(OFFSET, offset + 1)),
                UPSERT)));
        positions.bulkWrite(writes, UNORDERED);
    }
}
