package org.chorus.query.rebuild;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
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
     * the counted records' version and stage (how many times a story's contribution changed on the way, which a
     * rebuild deriving the counters from the final stories does not repeat; the stage repeats version and target). A
     * collection whose {@code _id} is left out is hashed as a sorted multiset of its documents.
     */
    private static final Set<String> COUNTERS = Set.of("theme_counts", "story_totals");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "story_arrivals", Set.of("_id", "loggedAt"),
            "story_arrival_marks", Set.of("arrival", "pending"),
            "theme_counts", Set.of("ops", "v"),
            "story_totals", Set.of("ops", "v"),
            CounterFields.COUNTED, Set.of(CounterFields.VERSION, CounterFields.STAGE));

    /**
     * Arrays that are sets, hashed in sorted order: a story's citations are added as sessions cite it, and sessions
     * on different partitions are read in no fixed order.
     */
    private static final Map<String, Set<String>> SETS = Map.of("story_citations", Set.of("citedBy"));

    private Bookkeeping() {
    }

    /**
     * Whether a document says what its absence says, and is left out: a counter at zero (the reports read only counts
     * above zero) and a counted record of nothing, with no change half made (a story without one counts nowhere).
     * The live read models keep these after a story moved on; a rebuild that derives the counters writes none.
     */
    static boolean saysNothing(String collection, Document document) {
        if (COUNTERS.contains(collection)) {
            return document.get("n") instanceof Number n && n.longValue() == 0;
        }
        return collection.equals(CounterFields.COUNTED) && !document.containsKey(CounterFields.TARGET)
                && document.getList(CounterFields.CONTRIBUTION, String.class, List.of()).isEmpty();
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
