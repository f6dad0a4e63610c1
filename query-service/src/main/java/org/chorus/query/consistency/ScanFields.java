package org.chorus.query.consistency;

/**
 * Collections of the check's own scan of the event topics. They are not read models: deleting both makes the next
 * check scan the topics from the beginning again.
 */
final class ScanFields {
    /** {@code {_id: "topic-partition", topic, partition, offset}}: the offset of the next record to scan. */
    static final String OFFSETS = "consistency_kafka_offsets";
    /**
     * {@code {_id: aggregateId, type, topic, partition, contiguous, ahead, lastOffset}}: what the topics hold of one
     * aggregate.
     */
    static final String AGGREGATES = "consistency_kafka_aggregates";
    static final String ID = "_id";
    static final String TOPIC = "topic";
    static final String PARTITION = "partition";
    static final String OFFSET = "offset";
    static final String TYPE = "type";
    static final String CONTIGUOUS = "contiguous";
    static final String AHEAD = "ahead";
    static final String LAST_OFFSET = "lastOffset";

    private ScanFields() {
    }
}
