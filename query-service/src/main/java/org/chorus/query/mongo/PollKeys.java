package org.chorus.query.mongo;

import java.util.Map;
import java.util.Set;

/** The record keys (aggregate ids) one poll of a rebuild applies, per event topic. */
public record PollKeys(Map<String, Set<String>> byTopic) {

    public PollKeys {
        byTopic = Map.copyOf(byTopic);
    }

    /** The keys of that topic's records in the poll; empty when it has none. */
    public Set<String> of(String topic) {
        return byTopic.getOrDefault(topic, Set.of());
    }
}
