package org.chorus.query.consumer;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.kernel.story.StoryEvent;

/** A story event as command-service publishes it. */
record StoryEventRecord(StoryEvent event, long sequence, Instant at) {

    static StoryEventRecord from(ConsumerRecord<String, String> record) {
        StoryEvent event = RecordHeaders.event(record, StoryEvent.class);
        if (record.key() != null && !record.key().equals(event.storyId().toString())) {
            throw new IllegalArgumentException("record key " + record.key() + " is not story " + event.storyId());
        }
        return new StoryEventRecord(event, RecordHeaders.sequence(record), RecordHeaders.at(record));
    }
}
