package org.chorus.query.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

/**
 * One parked record: its sequence in the aggregate (-1 when its header could not be read), where its copy lies on
 * the dead-letter topic, and where it was consumed from.
 */
record ParkedEntry(long sequence, int dltPartition, long dltOffset, int sourcePartition, long sourceOffset,
        String reason) {
    static final String SEQUENCE = "sequence";
    static final String DLT_PARTITION = "dltPartition";
    static final String DLT_OFFSET = "dltOffset";
    static final String SOURCE_PARTITION = "sourcePartition";
    static final String SOURCE_OFFSET = "sourceOffset";
    static final String REASON = "reason";

    /** Entries are keyed by sequence, so that a second copy of one event replaces the first instead of doubling it. */
    String key() {
        return sequence >= 0 ? "s" + sequence : "p" + sourcePartition + "o" + sourceOffset;
    }

    boolean consumedAs(ConsumerRecord<?, ?> record) {
        return sourcePartition == record.partition() && sourceOffset == record.offset();
    }

    Document document() {
        return new Document(SEQUENCE, sequence).append(DLT_PARTITION, dltPartition).append(DLT_OFFSET, dltOffset)
                .append(SOURCE_PARTITION, sourcePartition).append(SOURCE_OFFSET, sourceOffset).append(REASON, reason);
    }

    static ParkedEntry from(Document document) {
        return new ParkedEntry(number(document, SEQUENCE), (int) number(document, DLT_PARTITION),
                number(document, DLT_OFFSET), (int) number(document, SOURCE_PARTITION),
                number(document, SOURCE_OFFSET), document.getString(REASON));
    }

    private static long number(Document document, String field) {
        return ((Number) document.get(field)).longValue();
    }
}
