package org.chorus.query.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryEvent;

/** A story event as command-service publishes it: JSON value, type, sequence and commit time in headers. */
record StoryEventRecord(StoryEvent event, long sequence, Instant at) {

    static StoryEventRecord from(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.EVENT_TYPE);
        Class<?> eventClass = EventTypes.forName(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown story event type " + type));
        StoryEvent event = (StoryEvent) KernelJson.mapper().readValue(record.value(), eventClass);
        if (record.key() != null && !record.key().equals(event.storyId().toString())) {
            throw new IllegalArgumentException("record key " + record.key() + " is not story " + event.storyId());
        }
        return new StoryEventRecord(event, Long.parseLong(header(record, EventHeaders.SEQUENCE)),
                Instant.parse(header(record, EventHeaders.TIMESTAMP)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new IllegalArgumentException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
