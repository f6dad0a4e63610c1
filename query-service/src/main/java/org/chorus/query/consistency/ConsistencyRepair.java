package org.chorus.query.consistency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs what a check finds: each aggregate's events are republished from the first one some place lacks, and the
 * projections, which skip what they already applied, re-project exactly what is missing. The check then runs again
 * until the republished aggregates settle or the wait is over.
 */
final class ConsistencyRepair {
    private static final Logger log = LoggerFactory.getLogger(ConsistencyRepair.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final ConsistencyCheck check;
    private final EventStore eventStore;
    private final Duration wait;
    private final Clock clock;

    ConsistencyRepair(ConsistencyCheck check, EventStore eventStore, Duration wait, Clock clock) {
        this.check = check;
        this.eventStore = eventStore;
        this.wait = wait;
        this.clock = clock;
    }

    synchronized RepairResult repair() {
        List<Repaired> repaired = new ArrayList<>();
        for (Difference difference : check.run().differences()) {
            OptionalLong from = firstMissing(difference);
            if (from.isEmpty()) {
                continue;
            }
            try {
                long sent = eventStore.republish(difference.aggregateId(), from.getAsLong());
                repaired.add(new Repaired(difference.aggregateId(), from.getAsLong(), sent));
            } catch (RuntimeException e) {
                log.warn("aggregate {}: republishing from {} failed", difference.aggregateId(), from.getAsLong(), e);
            }
        }
        CheckResult after = settled(repaired.stream().map(Repaired::aggregateId).collect(Collectors.toSet()));
        return new RepairResult(repaired, after.differences(), after.pending(), after.parked());
    }

    /**
     * The first event some place lacks: the one after the last on Kafka, or after a read model's version; for a read
     * model derived from the story document, the last event, whose redelivery makes it read the document again.
     * Empty when republishing cannot help: the event store does not have the aggregate, or nothing is behind it.
     */
    static OptionalLong firstMissing(Difference difference) {
        Long last = difference.eventStore();
        if (last == null) {
            return OptionalLong.empty();
        }
        long from = Long.MAX_VALUE;
        if (difference.kafka() == null || difference.kafka() < last) {
            from = next(difference.kafka());
        }
        for (Map.Entry<String, @Nullable Long> readModel : difference.readModels().entrySet()) {
            Long version = readModel.getValue();
            if (ReadModelSnapshot.DERIVED.contains(readModel.getKey())) {
                if (version == null || version < last) {
                    from = Math.min(from, last);
                }
            } else if (version == null || version < last) {
                from = Math.min(from, next(version));
            }
        }
        return from <= last ? OptionalLong.of(from) : OptionalLong.empty();
    }

    private static long next(@Nullable Long version) {
        return version == null ? 0 : version + 1;
    }

    // done when no repaired aggregate is still different or pending, or when the wait is over
    private CheckResult settled(Set<String> repaired) {
        Instant until = clock.instant().plus(wait);
        CheckResult result = check.run();
        while (!repaired.isEmpty() && unsettled(result, repaired) && clock.instant().isBefore(until)) {
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = check.run();
        }
        return result;
    }

    private static boolean unsettled(CheckResult result, Set<String> repaired) {
        return Stream.concat(result.differences().stream(), result.pending().stream())
                .anyMatch(difference -> repaired.contains(difference.aggregateId()));
    }
}
