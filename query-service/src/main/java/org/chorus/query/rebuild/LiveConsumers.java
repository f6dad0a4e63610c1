package org.chorus.query.rebuild;

import java.util.Arrays;
import java.util.List;
import org.chorus.kernel.event.Topics;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The live listener containers of the event topics. Stopping one waits for the record in hand; starting it again
 * has it join the group afresh and seek to the positions stored in the (now active) database.
 */
@Component
class LiveConsumers {
    static final List<String> EVENT_TOPICS = List.of(Topics.STORY_EVENTS, Topics.SESSION_EVENTS,
            Topics.CAMPAIGN_EVENTS, Topics.CHAMPION_EVENTS, Topics.CODEBOOK_EVENTS);

    private final KafkaListenerEndpointRegistry registry;

    LiveConsumers(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    /** Stops the running ones and answers them, to start again after the switch. */
    List<MessageListenerContainer> stop() {
        List<MessageListenerContainer> running = registry.getAllListenerContainers().stream()
                .filter(LiveConsumers::readsEventTopics).filter(MessageListenerContainer::isRunning).toList();
        running.forEach(MessageListenerContainer::stop);
        return running;
    }

    void start(List<MessageListenerContainer> containers) {
        containers.forEach(MessageListenerContainer::start);
    }

    private static boolean readsEventTopics(MessageListenerContainer container) {
        String[] topics = container.getContainerProperties().getTopics();
        return topics != null && Arrays.stream(topics).anyMatch(EVENT_TOPICS::contains);
    }
}
