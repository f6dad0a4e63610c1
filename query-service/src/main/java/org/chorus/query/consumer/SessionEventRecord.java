package org.chorus.query.consumer;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.kernel.session.SessionEvent;

/** A co-design session event as command-service publishes it. */
record SessionEventRecord(SessionEvent event, long sequence, Instant at) {

    static SessionEventRecord from(ConsumerRecord<String, String> record) {
        SessionEvent event = RecordHeaders.event(record, SessionEvent.class);
        if (record.key() != null && !record.key().equals(event.sessionId().toString())) {
            throw new IllegalArgumentException("record key " + record.key() + " is not session " + event.sessionId());
        }
        return new SessionEventRecord(event, RecordHeaders.sequence(record), RecordHeaders.at(record));
    }
}
