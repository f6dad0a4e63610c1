package org.chorus.query.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.chorus.kernel.event.EventHeaders;

/** A record's sequence in its aggregate, read leniently: poison may carry no header or a bad one. */
public final class RecordSequence {

    private RecordSequence() {
    }

    /** The sequence header's value, or -1 when it is missing or not a number. */
    public static long of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(EventHeaders.SEQUENCE);
        if (header == null || header.value() == null) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
