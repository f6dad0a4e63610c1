package org.chorus.query.consistency;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chorus.kernel.event.Topics;

/** The aggregate types command-service stores (Axon's type names) and the event topic of each. */
final class AggregateTypes {
    static final String STORY = "Story";
    static final String SESSION = "CoDesignSession";
    static final String CHAMPION = "Champion";
    static final String CAMPAIGN = "OutreachCampaign";
    static final String CODEBOOK = "Codebook";
    private static final List<String> ALL = List.of(STORY, SESSION, CHAMPION, CAMPAIGN, CODEBOOK);
    private static final Map<String, String> BY_TOPIC = ALL.stream()
            .collect(Collectors.toMap(Topics::forAggregateType, type -> type));

    private AggregateTypes() {
    }

    static List<String> topics() {
        return ALL.stream().map(Topics::forAggregateType).toList();
    }

    static String ofTopic(String topic) {
        return BY_TOPIC.getOrDefault(topic, topic);
    }
}
