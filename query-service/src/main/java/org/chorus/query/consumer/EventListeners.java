package org.chorus.query.consumer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.deadletter.PoisonGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds every event topic to the read models, each topic on its own consumer in the shared group so that a record
 * being retried on one topic holds back no other. Positions are taken from Mongo, not from Kafka's committed
 * offsets, so that the data and the position saying how far it got always roll back together. Each listener takes a
 * whole poll: the parked aggregates among its records are looked up once, the records applied one by one, in order,
 * and the positions written once, after all of them. A poison record is parked by the {@link PoisonGuard} and the
 * position passes it; an outage is thrown and the record retried, with every record after it. A crash before the
 * positions are written delivers the poll again, and the projections find its events applied already.
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

    @KafkaListener(id = STORIES, topics = Topics.STORY_EVENTS, groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    public void onStory(List<ConsumerRecord<String, String>> poll) {
        consume(poll);
    }

    @KafkaListener(id = SESSIONS, topics = Topics.SESSION_EVENTS, groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    public void onSession(List<ConsumerRecord<String, String>> poll) {
        consume(poll);
    }

    @KafkaListener(id = CAMPAIGNS, topics = Topics.CAMPAIGN_EVENTS, groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    public void onCampaign(List<ConsumerRecord<String, String>> poll) {
        consume(poll);
    }

    @KafkaListener(id = CHAMPIONS, topics = Topics.CHAMPION_EVENTS, groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    public void onChampion(List<ConsumerRecord<String, String>> poll) {
        consume(poll);
    }

    @KafkaListener(id = CODEBOOK, topics = Topics.CODEBOOK_EVENTS, groupId = "${spring.kafka.consumer.group-id}",
            batch = "true")
    public void onCodebook(List<ConsumerRecord<String, String>> poll) {
        consume(poll);
    }

    private void consume(List<ConsumerRecord<String, String>> poll) {
        Set<String> parked = guard.parkedAmong(poll);
        Map<TopicPartition, Long> lastApplied = new HashMap<>();
        for (ConsumerRecord<String, String> record : poll) {
            try {
                PoisonGuard.Outcome outcome = guard.consume(record, parked);
                log.debug("{} key {} offset {} {}", record.topic(), record.key(), record.offset(), outcome);
            } catch (RuntimeException outage) {
                // the records before it keep their effects; the container delivers this one again, after back-off
                throw new BatchListenerFailedException(record.topic() + " offset " + record.offset(), outage, record);
            }
            lastApplied.put(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        try {
            positions.applied(lastApplied);
        } catch (RuntimeException outage) {
            // the last record is delivered again, found to be applied already, and the positions written then
            ConsumerRecord<String, String> last = poll.get(poll.size() - 1);
            throw new BatchListenerFailedException("positions up to " + last.topic() + " offset " + last.offset(),
                    outage, last);
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
