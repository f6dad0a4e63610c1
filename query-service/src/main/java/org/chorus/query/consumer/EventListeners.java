package org.chorus.query.consumer;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.deadletter.PoisonGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds every event topic to the read models, each topic on its own consumer in the shared group so that a record
 * being retried on one topic holds back no other. Positions are taken from Mongo, not from Kafka's committed
 * offsets, so that the data and the position saying how far it got always roll back together. A poison record is
 * parked by the {@link PoisonGuard} and the position passes it; an outage is thrown and the record retried.
 */
@Component
class EventListeners implements ConsumerSeekAware {
    static final String STORIES = "story-events";
    static final String SESSIONS = "session-events";
    static final String CAMPAIGNS = "campaign-events";
    static final String CHAMPIONS = "champion-events";
    static final String CODEBOOK = "codebook-events";
    static final List<String> TOPICS = List.of(Topics.STORY_EVENTS, Topics.SESSION_EVENTS, Topics.CAMPAIGN_EVENTS,
            Topics.CHAMPION_EVENTS, Topics.CODEBOOK_EVENTS);
    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final PoisonGuard guard;
    private final ConsumerPositions positions;

    EventListeners(PoisonGuard guard, ConsumerPositions positions) {
        this.guard = guard;
        this.positions = positions;
    }

    @KafkaListener(id = STORIES, topics = Topics.STORY_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onStory(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @KafkaListener(id = SESSIONS, topics = Topics.SESSION_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onSession(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @KafkaListener(id = CAMPAIGNS, topics = Topics.CAMPAIGN_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onCampaign(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @KafkaListener(id = CHAMPIONS, topics = Topics.CHAMPION_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onChampion(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @KafkaListener(id = CODEBOOK, topics = Topics.CODEBOOK_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onCodebook(ConsumerRecord<String, String> record) {
        consume(record);
    }

    private void consume(ConsumerRecord<String, String> record) {
        PoisonGuard.Outcome outcome = guard.consume(record);
        log.debug("{} key {} offset {} {}", record.topic(), record.key(), record.offset(), outcome);
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
