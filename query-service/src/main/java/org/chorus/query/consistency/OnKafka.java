package org.chorus.query.consistency;

import java.util.List;
import java.util.TreeSet;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the event topics hold of one aggregate: the last sequence up to which every event is there
 * ({@code contiguous}, -1 while event 0 is missing), the sequences seen beyond a hole, and the offset of its latest
 * record. Seeing a record twice changes nothing, so a scan cut short can simply run again.
 */
final class OnKafka {
    private final String aggregateId;
    private String type;
    private String topic;
    private int partition;
    private long contiguous;
    private final TreeSet<Long> ahead;
    private long lastOffset;

    private OnKafka(String aggregateId, String type, String topic, int partition, long contiguous, TreeSet<Long> ahead,
            long lastOffset) {
        this.aggregateId = aggregateId;
        this.type = type;
        this.topic = topic;
        this.partition = partition;
        this.contiguous = contiguous;
        this.ahead = ahead;
        this.lastOffset = lastOffset;
    }

    static OnKafka first(String aggregateId, String type, String topic, int partition) {
        return new OnKafka(aggregateId, type, topic, partition, -1, new TreeSet<>(), -1);
    }

    static OnKafka of(Document document) {
        return new OnKafka(document.getString(ScanFields.ID), document.getString(ScanFields.TYPE),
                document.getString(ScanFields.TOPIC), document.getInteger(ScanFields.PARTITION),
                ((Number) document.get(ScanFields.CONTIGUOUS)).longValue(),
                new TreeSet<>(document.getList(ScanFields.AHEAD, Long.class, List.of())),
                ((Number) document.get(ScanFields.LAST_OFFSET)).longValue());
    }

    Document document() {
        return new Document(ScanFields.ID, aggregateId).append(ScanFields.TYPE, type).append(ScanFields.TOPIC, topic)
                .append(ScanFields.PARTITION, partition).append(ScanFields.CONTIGUOUS, contiguous)
                .append(ScanFields.AHEAD, List.copyOf(ahead)).append(ScanFields.LAST_OFFSET, lastOffset);
    }

    /** Takes in one record of the aggregate; the latest record decides where the aggregate lives now. */
    void saw(long sequence, String recordType, int recordPartition, long offset) {
        if (sequence == contiguous + 1) {
            contiguous = sequence;
            while (ahead.remove(contiguous + 1)) {
                contiguous++;
            }
        } else if (sequence > contiguous) {
            ahead.add(sequence);
        }
        if (offset > lastOffset || recordPartition != partition) {
            lastOffset = offset;
            partition = recordPartition;
            type = recordType;
        }
    }

    String aggregateId() {
        return aggregateId;
    }

    String type() {
        return type;
    }

    String topic() {
        return topic;
    }

    int partition() {
        return partition;
    }

    /** The last sequence with no event missing before it; null while the first event is missing. */
    @Nullable Long complete() {
        return contiguous < 0 ? null : contiguous;
    }

    long lastOffset() {
        return lastOffset;
    }
}
