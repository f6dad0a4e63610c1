package org.chorus.query.consumer;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.session.SessionProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds co-design session events to their projection, in the same group as the story listener but on its own
 * consumer, so that a story event being retried never holds sessions back (or the other way round).
 */
@Component
class SessionEventListener implements ConsumerSeekAware {
    static final String ID = "session-events";
    private static final Logger log = LoggerFactory.getLogger(SessionEventListener.class);

    private final SessionProjection projection;
    private final ConsumerPositions positions;

    SessionEventListener(SessionProjection projection, ConsumerPositions positions) {
        this.projection = projection;
        this.positions = positions;
    }

    @KafkaListener(id = ID, topics = Topics.SESSION_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void on(ConsumerRecord<String, String> record) {
        SessionEventRecord event = SessionEventRecord.from(record);
        boolean applied = projection.apply(event.event(), event.sequence(), event.at());
        log.debug("session {} event {} {}", event.event().sessionId(), event.sequence(), applied ? "applied" : "skipped");
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
