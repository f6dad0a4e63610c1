package org.chorus.query.deadletter;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a parked aggregate after a fix: reads its records back from the dead-letter topic and applies them in
 * sequence order, removing each entry once applied. It unparks the aggregate only when no entry is left, checked in
 * the same write that deletes it, so a record the live listener parks meanwhile is replayed in another round. A
 * record that still fails stops the replay there and stays parked with the new reason.
 */
final class Replay {
    private static final Logger log = LoggerFactory.getLogger(Replay.class);

    private final Projector projector;
    private final ParkedAggregates parked;
    private final Supplier<DeadLetterReader> readers;
    private final ProjectionErrors errors;

    Replay(Projector projector, ParkedAggregates parked, Supplier<DeadLetterReader> readers, ProjectionErrors errors) {
        this.projector = projector;
        this.parked = parked;
        this.readers = readers;
        this.errors = errors;
    }

    ReplayResult replay(String aggregateId) {
        int replayed = 0;
        try (DeadLetterReader reader = readers.get()) {
            while (true) {
                Optional<ParkedAggregate> found = parked.find(aggregateId);
                if (found.isEmpty()) {
                    return ReplayResult.unparked(aggregateId, replayed);
                }
                ParkedAggregate aggregate = found.get();
                for (ParkedEntry entry : aggregate.entries()) {
                    try {
                        projector.apply(reader.read(aggregate.topic(), entry));
                    } catch (RuntimeException e) {
                        if (Failures.isTransient(e)) {
                            throw e;
                        }
                        return failedAgain(aggregate, entry, replayed, e);
                    }
                    parked.replayed(aggregateId, entry);
                    replayed++;
                }
                if (parked.unparkIfEmpty(aggregateId)) {
                    log.info("{} {}: unparked after replaying {} records", aggregate.topic(), aggregateId, replayed);
                    return ReplayResult.unparked(aggregateId, replayed);
                }
            }
        }
    }

    private ReplayResult failedAgain(ParkedAggregate aggregate, ParkedEntry entry, int replayed, RuntimeException e) {
        String reason = Failures.reason(e);
        errors.failed(aggregate.topic());
        parked.failedAgain(aggregate.aggregateId(), entry, reason, e.getClass().getName());
        log.warn("{} {}: sequence {} still fails, stays parked: {}", aggregate.topic(), aggregate.aggregateId(),
                entry.sequence(), reason);
        return new ReplayResult(aggregate.aggregateId(), replayed, true, reason);
    }
}
