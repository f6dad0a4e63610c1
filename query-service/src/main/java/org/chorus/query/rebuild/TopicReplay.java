package org.chorus.query.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.chorus.query.consumer.ConsumerPositions;
import org.chorus.query.consumer.RecordApplier;
import org.chorus.query.deadletter.Failures;
import org.chorus.query.deadletter.RecordSequence;
import org.chorus.query.deadletter.RetryPolicy;
import org.chorus.query.keys.KeyIds;
import org.chorus.query.keys.KeyPrefetch;
import org.chorus.query.mongo.PollBuffer;
import org.chorus.query.mongo.PollKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the event topics with a plain consumer (assigned, in no group, nothing committed) from the positions stored
 * in the database being filled, applies each record through a {@link RecordApplier} (the keys a poll's records name
 * fetched first, in one request, and what the read models hold about the aggregates they name in one more), writes the
 * poll's changes together ({@link PollBuffer}) and only then stores each partition's next position. A record
 * that still fails after the live consumer's tries ({@link RetryPolicy}) is recorded and its aggregate's later
 * records are held back, as the live consumer parks them: never applied past the gap, and released the same way.
 */
final class TopicReplay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<String, String> consumer;
    private final RecordApplier applier;
    private final ConsumerPositions positions;
    private final AtomicLong applied;
    private final Map<String, Held> heldBack = new LinkedHashMap<>();
    private final Predicate<String> parkedLive;
    private final RetryPolicy retry;
    private final KeyPrefetch keys;
    private final PollBuffer buffers;

    /**
     * @param parkedLive whether an aggregate is parked in the live read models now: a record replacing its failed one
     *                   then waits too, until an operator's replay (live) and a later rebuild release it
     * @param retry      how often poison is tried, and how long apart, before it is held back
     * @param keys       fetches the keys each poll's records name in one request before they are applied
     * @param buffers    the documents the applier's story projection and its observers keep, flushed after each poll
     */
    TopicReplay(Consumer<String, String> consumer, RecordApplier applier, ConsumerPositions positions,
            AtomicLong applied, Predicate<String> parkedLive, RetryPolicy retry, KeyPrefetch keys,
            PollBuffer buffers) {
        this.keys = keys;
        this.buffers = buffers;
        this.parkedLive = parkedLive;
        this.retry = retry;
        this.consumer = consumer;
        this.applier = applier;
        this.positions = positions;
        this.applied = applied;
    }

    /** Assigns every partition of the topics that exist, each at its stored position or the beginning. */
    void assign(Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(partition -> positions.next(partition).ifPresent(next -> consumer.seek(partition, next)));
    }

    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(consumer.assignment());
    }

    Map<TopicPartition, Long> beginnings() {
        return consumer.beginningOffsets(consumer.assignment());
    }

    /** The next offset to read, per assigned partition. */
    Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> now = new HashMap<>();
        consumer.assignment().forEach(partition -> now.put(partition, consumer.position(partition)));
        return now;
    }

    /** How many offsets lie between the positions and the targets. */
    long behind(Map<TopicPartition, Long> targets) {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> position : positions().entrySet()) {
            behind += Math.max(0, targets.getOrDefault(position.getKey(), 0L) - position.getValue());
        }
        return behind;
    }

    /**
     * Applies every record before the targets (a partition without a target stays where it is), then returns with
     * each partition exactly at its target or past it when it already was.
     */
    void runTo(Map<TopicPartition, Long> targets, Runnable afterEachPoll) {
        while (true) {
            List<TopicPartition> open = new ArrayList<>();
            List<TopicPartition> reached = new ArrayList<>();
            positions().forEach((partition, next) ->
                    (next < targets.getOrDefault(partition, 0L) ? open : reached).add(partition));
            if (open.isEmpty()) {
                return;
            }
            consumer.pause(reached);
            consumer.resume(open);
            ConsumerRecords<String, String> batch = consumer.poll(POLL);
            try (KeyPrefetch.Scope prefetched = keys.prefetch(keyIdsBefore(batch, targets))) {
                PollKeys named = keysBefore(batch, targets);
                waitingOutOutages(() -> buffers.load(named));
                applyBefore(batch, targets);
            }
            afterEachPoll.run();
        }
    }

    private void applyBefore(ConsumerRecords<String, String> batch, Map<TopicPartition, Long> targets) {
        Map<TopicPartition, Long> lastApplied = new HashMap<>();
        for (TopicPartition partition : batch.partitions()) {
            long target = targets.getOrDefault(partition, 0L);
            long last = -1;
            for (ConsumerRecord<String, String> record : batch.records(partition)) {
                if (record.offset() >= target) {
                    consumer.seek(partition, record.offset());
                    break;
                }
                apply(record);
                last = record.offset();
            }
            if (last >= 0) {
                lastApplied.put(partition, last);
            }
        }
        waitingOutOutages(buffers::flush);
        // once per partition and poll, after the writes of every record it covers
        positions.applied(lastApplied);
    }

    // an outage is waited out, as a record's is; anything else ends the rebuild, as nothing of the poll can be kept
    private void waitingOutOutages(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                retry.pause(Math.min(attempt, retry.attempts()));
            }
        }
    }

    // the keys named by the records this poll applies, asked for in one go before the first is applied
    private static Set<String> keyIdsBefore(ConsumerRecords<String, String> batch, Map<TopicPartition, Long> targets) {
        Set<String> keyIds = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : batch) {
            if (record.offset() < targets.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                keyIds.addAll(KeyIds.in(record.value()));
            }
        }
        return keyIds;
    }

    // the aggregates this poll's records name, per topic, read in one go: each record is keyed by its aggregate's id
    private static PollKeys keysBefore(ConsumerRecords<String, String> batch, Map<TopicPartition, Long> targets) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, String> record : batch) {
            if (record.key() != null && record.offset()
                    < targets.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                ids.computeIfAbsent(record.topic(), topic -> new LinkedHashSet<>()).add(record.key());
            }
        }
        return new PollKeys(ids);
    }

    /** The records not applied (each the first failure of an aggregate still held back), in the order they failed. */
    List<RecordFailure> failures() {
        return heldBack.values().stream().map(held -> held.failure).toList();
    }

    /**
     * Mirrors the live consumer's parking: after a record fails, the aggregate's later records wait behind it, keyed
     * by sequence. A record at the failed sequence (the aggregate's true event, republished or arriving after the
     * poison) replaces the failed one, as it replaces a parked entry; once the aggregate is no longer parked live
     * (an operator replayed it) it is applied here too, and the waiting records follow in sequence order.
     */
    private void apply(ConsumerRecord<String, String> record) {
        String aggregate = record.topic() + "/" + (record.key() == null ? "partition-" + record.partition() : record.key());
        Held held = heldBack.get(aggregate);
        if (held == null) {
            applyOrHold(record, aggregate);
        } else if (held.sequence >= 0 && RecordSequence.of(record) == held.sequence
                && !parkedLive.test(String.valueOf(record.key()))) {
            try {
                attempt(record);
                heldBack.remove(aggregate);
                log.info("rebuild: aggregate {} released at sequence {}", record.key(), held.sequence);
                held.waiting.values().forEach(waiting -> applyOrWait(waiting, aggregate));
            } catch (RuntimeException e) {
                held.failure = failure(record, e);
            }
        } else {
            held.waiting.put(RecordSequence.of(record), record);
        }
        applied.incrementAndGet();
    }

    private void applyOrWait(ConsumerRecord<String, String> record, String aggregate) {
        Held held = heldBack.get(aggregate);
        if (held != null) {
            held.waiting.put(RecordSequence.of(record), record);
        } else {
            applyOrHold(record, aggregate);
        }
    }

    private void applyOrHold(ConsumerRecord<String, String> record, String aggregate) {
        try {
            attempt(record);
        } catch (RuntimeException e) {
            RecordFailure failure = failure(record, e);
            heldBack.put(aggregate, new Held(failure, RecordSequence.of(record)));
            log.warn("rebuild: {}-{}@{} of aggregate {} not applied ({}); its later records are held back",
                    record.topic(), record.partition(), record.offset(), record.key(), failure.reason());
        }
    }

    private static RecordFailure failure(ConsumerRecord<String, String> record, RuntimeException e) {
        return new RecordFailure(record.topic(), record.partition(), record.offset(), String.valueOf(record.key()),
                Failures.reason(e));
    }

    private void attempt(ConsumerRecord<String, String> record) {
        for (int attempt = 1; ; attempt++) {
            try {
                applier.apply(record);
                return;
            } catch (RuntimeException e) {
                // an outage (Mongo, the key endpoint) is waited out, as the live consumers do: only poison is held back
                if (attempt >= retry.attempts() && !Failures.isTransient(e)) {
                    throw e;
                }
                retry.pause(Math.min(attempt, retry.attempts()));
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** An aggregate held back: its failed record's sequence and the records waiting behind it, by sequence. */
    private static final class Held {
        private RecordFailure failure;
        private final long sequence;
        private final SortedMap<Long, ConsumerRecord<String, String>> waiting = new TreeMap<>();

        Held(RecordFailure failure, long sequence) {
            this.failure = failure;
            this.sequence = sequence;
        }
    }
}
