package org.chorus.query.rebuild;

import java.util.Map;
import java.util.Set;
import org.chorus.query.deadletter.ParkedAggregates;
import org.chorus.query.insight.counts.CounterFields;

/**
 * What in a read-model database is delivery bookkeeping, not a function of the events, and so left out of the
 * content hash: where the consumers got to, and the order or time in which this instance happened to see things.
 */
final class Bookkeeping {
    /**
     * Positions on the topics; the arrival log's number counter (how many numbers were taken, crashes included); the
     * parked aggregates (when and where their records were parked; a rebuild holds back the same aggregates, and the
     * switch carries the parked list over); the consistency check's own record of what it has read on the topics.
     */
    private static final Set<String> COLLECTIONS = Set.of("consumer_positions", "story_arrival_counter",
            ParkedAggregates.COLLECTION, "consistency_kafka_offsets", "consistency_kafka_aggregates");
    /**
     * Fields left out of a collection's documents: the arrival log's numbers and logging times (arrival order across
     * partitions, and when this instance logged it), the counters' recent operation ids (an idempotence record whose
     * order follows the interleaving of stories) and their write count (counters written before it have none), and
     * the counted records' stage (it repeats their version and target, and records written before it have none). A
     * collection whose {@code _id} is left out is hashed as a sorted multiset of its documents.
     */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "story_arrivals", Set.of("_id", "loggedAt"),
            "story_arrival_marks", Set.of("arrival", "pending"),
            "theme_counts", Set.of("ops", "v"),
            "story_totals", Set.of("ops", "v"),
            CounterFields.COUNTED, Set.of(CounterFields.STAGE));

    /**
     * Arrays that are sets, hashed in sorted order: a story's citations are added as sessions cite it, and sessions
     * on different partitions are read in no fixed order.
     */
    private static final Map<String, Set<String>> SETS = Map.of("story_citations", Set.of("citedBy"));

    private Bookkeeping() {
    }

    static boolean hashed(String collection) {
        return !COLLECTIONS.contains(collection) && !collection.startsWith("system.");
    }

    static Set<String> leftOut(String collection) {
        return FIELDS.getOrDefault(collection, Set.of());
    }

    static Set<String> sets(String collection) {
        return SETS.getOrDefault(collection, Set.of());
    }
}
