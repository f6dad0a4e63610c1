package org.chorus.query.consumer;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.story.StoryProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds story events to the projection. Positions are taken from Mongo, not from Kafka's committed offsets, so that
 * the data and the position saying how far it got always roll back together.
 */
@Component
class StoryEventListener implements ConsumerSeekAware {
    static final String ID = "story-events";
    private static final Logger log = LoggerFactory.getLogger(StoryEventListener.class);

    private final StoryProjection projection;
    private final ConsumerPositions positions;

    StoryEventListener(StoryProjection projection, ConsumerPositions positions) {
        this.projection = projection;
        this.positions = positions;
    }

    @KafkaListener(id = ID, topics = Topics.STORY_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void on(ConsumerRecord<String, String> record) {
        StoryEventRecord event = StoryEventRecord.from(record);
        boolean applied = projection.apply(event.event(), event.sequence(), event.at());
        log.debug("story {} event {} {}", event.event().storyId(), event.sequence(), applied ? "applied" : "skipped");
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
