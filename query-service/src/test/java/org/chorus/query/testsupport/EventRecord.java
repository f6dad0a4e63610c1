package org.chorus.query.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;

/** An event as command-service publishes it: JSON keyed by its aggregate, with the event headers. */
public final class EventRecord {
    private EventRecord() {
    }

    public static ProducerRecord<String, String> of(String topic, String aggregateType, String key, Object event,
            long sequence, Instant at) {
        var record = new ProducerRecord<>(topic, key, KernelJson.mapper().writeValueAsString(event));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.EVENT_TYPE, EventTypes.nameOf(event.getClass()));
        header(record, EventHeaders.REVISION, "1");
        header(record, EventHeaders.AGGREGATE_TYPE, aggregateType);
        header(record, EventHeaders.SEQUENCE, Long.toString(sequence));
        header(record, EventHeaders.TIMESTAMP, at.toString());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
