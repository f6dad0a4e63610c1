package org.chorus.query.deadletter;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between the listeners and the projections. A record of a parked aggregate is parked behind it at once; any
 * other is applied, and when that fails as poison it is tried again with back-off and then parked: sent to the
 * dead-letter topic, then recorded in {@code parked_aggregates}. Outages are thrown back to the listener container,
 * which retries them for ever. A redelivered record that is parked already is not parked twice.
 */
public final class PoisonGuard {
    static final String NO_EXCEPTION = "none";
    private static final Logger log = LoggerFactory.getLogger(PoisonGuard.class);

    /** What became of a record. */
    public enum Outcome {
        APPLIED, DUPLICATE, PARKED
    }

    private final Projector projector;
    private final ParkedAggregates parked;
    private final DeadLetterTopics topics;
    private final RetryPolicy retry;
    private final ProjectionErrors errors;
    private final Clock clock;

    PoisonGuard(Projector projector, ParkedAggregates parked, DeadLetterTopics topics, RetryPolicy retry,
            ProjectionErrors errors, Clock clock) {
        this.projector = projector;
        this.parked = parked;
        this.topics = topics;
        this.retry = retry;
        this.errors = errors;
        this.clock = clock;
    }

    /**
     * The aggregates of a poll's records that are parked now, looked up in one request, for {@link #consume}. Only
     * this consumer parks the aggregates of its partitions, and it adds each one it parks to this set, so an
     * aggregate missing from it is not parked. One present may have been unparked by a replay meanwhile, which
     * {@link #consume} reads again.
     */
    public Set<String> parkedAmong(List<ConsumerRecord<String, String>> poll) {
        Set<String> aggregates = new HashSet<>();
        poll.forEach(record -> aggregates.add(aggregateOf(record)));
        return parked.parkedAmong(aggregates);
    }

    /**
     * Applies or parks the record; once this returns, the consumer's position may pass it.
     *
     * @param parkedInPoll the poll's parked aggregates ({@link #parkedAmong}), added to when this parks one
     * @throws RuntimeException an outage ({@link Failures#isTransient}): the record must be delivered again
     */
    public Outcome consume(ConsumerRecord<String, String> record, Set<String> parkedInPoll) {
        String aggregateId = aggregateOf(record);
        Outcome outcome = parkedInPoll.contains(aggregateId) ? consumeMaybeParked(record, aggregateId)
                : applyOrPark(record, aggregateId);
        if (outcome == Outcome.PARKED) {
            parkedInPoll.add(aggregateId);
        }
        return outcome;
    }

    private Outcome consumeMaybeParked(ConsumerRecord<String, String> record, String aggregateId) {
        Optional<ParkedAggregate> parkedAggregate = parked.find(aggregateId);
        if (parkedAggregate.isPresent()) {
            if (parkedAggregate.get().holds(record)) {
                return Outcome.PARKED;
            }
            if (parkBehind(record, aggregateId, parkedAggregate.get().firstSequence())) {
                return Outcome.PARKED;
            }
        }
        return applyOrPark(record, aggregateId);
    }

    private static String aggregateOf(ConsumerRecord<String, String> record) {
        return record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private boolean parkBehind(ConsumerRecord<String, String> record, String aggregateId, long firstSequence) {
        String reason = "behind parked sequence " + firstSequence;
        RecordMetadata letter = topics.send(record, reason, NO_EXCEPTION);
        boolean stillParked = parked.parkBehind(aggregateId, entry(record, letter, reason));
        if (stillParked) {
            log.info("{} {}: sequence {} parked {}", record.topic(), aggregateId, RecordSequence.of(record),
                    reason);
        }
        return stillParked;
    }

    private Outcome applyOrPark(ConsumerRecord<String, String> record, String aggregateId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return projector.apply(record) ? Outcome.APPLIED : Outcome.DUPLICATE;
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    throw e;
                }
                errors.failed(record.topic());
                log.warn("{} {} offset {}: try {} of {} failed: {}", record.topic(), aggregateId, record.offset(),
                        attempt, retry.attempts(), Failures.reason(e));
                if (attempt >= retry.attempts()) {
                    park(record, aggregateId, e);
                    return Outcome.PARKED;
                }
                retry.pause(attempt);
            }
        }
    }

    private void park(ConsumerRecord<String, String> record, String aggregateId, RuntimeException failure) {
        String reason = Failures.reason(failure);
        String exception = failure.getClass().getName();
        RecordMetadata letter = topics.send(record, reason, exception);
        parked.park(aggregateId, record.topic(), exception, clock.instant(), entry(record, letter, reason));
        log.error("{} {}: parked at sequence {} on {}-{}@{}: {}", record.topic(), aggregateId,
                RecordSequence.of(record), letter.topic(), letter.partition(), letter.offset(), reason);
    }

    private static ParkedEntry entry(ConsumerRecord<String, String> record, RecordMetadata letter, String reason) {
        return new ParkedEntry(RecordSequence.of(record), letter.partition(), letter.offset(), record.partition(),
                record.offset(), reason);
    }
}
