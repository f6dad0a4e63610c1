package org.chorus.query.consistency;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate whose places disagree: the last sequence in the event store (null when the store does not have the
 * aggregate), the last on Kafka with nothing missing before it (null when even its first event is missing), and the
 * version of each read model of its type (null where the read model holds nothing or disagrees with its source).
 */
public record Difference(String aggregateType, String aggregateId, @Nullable Long eventStore, @Nullable Long kafka,
        Map<String, @Nullable Long> readModels) {
}
