package org.chorus.query.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;

/** Reads an event record as command-service publishes it: JSON value, type, sequence and commit time in headers. */
final class RecordHeaders {

    private RecordHeaders() {
    }

    static <E> E event(ConsumerRecord<String, String> record, Class<E> family) {
        String type = text(record, EventHeaders.EVENT_TYPE);
        Class<?> eventClass = EventTypes.forName(type).filter(family::isAssignableFrom)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + family.getSimpleName() + " type " + type));
        return family.cast(KernelJson.mapper().readValue(record.value(), eventClass));
    }

    static long sequence(ConsumerRecord<String, String> record) {
        return Long.parseLong(text(record, EventHeaders.SEQUENCE));
    }

    static Instant at(ConsumerRecord<String, String> record) {
        return Instant.parse(text(record, EventHeaders.TIMESTAMP));
    }

    static String text(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new IllegalArgumentException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
