package org.chorus.query.consistency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chorus.query.deadletter.ParkedAggregates;
import org.chorus.query.insight.StoryFinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares, per aggregate, the event store's last sequence with the topics and with each read model. The places are
 * read in the order events flow backwards through them (consumer positions, read models, topics, event store), so an
 * event on its way while the check runs can only make a later-read place look ahead of an earlier-read one, never
 * behind it:
 * <ul>
 * <li>a read model behind the topics is <em>pending</em>, not a difference, while the live consumer has not reached
 * the aggregate's latest record;</li>
 * <li>the topics behind the event store are read again for a short grace, as the publisher may be sending that very
 * event; only what is still missing then is a difference.</li>
 * </ul>
 */
final class ConsistencyCheck {
    private static final Logger log = LoggerFactory.getLogger(ConsistencyCheck.class);
    private static final Duration RESCAN_EVERY = Duration.ofMillis(250);

    private final MongoDatabase database;
    private final EventStore eventStore;
    private final StoryFinder search;
    private final KafkaScan topics;
    private final Duration publishGrace;
    private final Clock clock;
    private volatile @Nullable CheckResult last;

    ConsistencyCheck(MongoDatabase database, EventStore eventStore, StoryFinder search, KafkaScan topics,
            Duration publishGrace, Clock clock) {
        this.database = database;
        this.eventStore = eventStore;
        this.search = search;
        this.topics = topics;
        this.publishGrace = publishGrace;
        this.clock = clock;
    }

    synchronized CheckResult run() {
        Instant started = clock.instant();
        Set<String> parkedIds = ParkedAggregates.ids(database);
        ConsumerProgress progress = ConsumerProgress.read(database);
        ReadModelSnapshot readModels = ReadModelSnapshot.read(database, search);
        Map<String, OnKafka> firstScan = topics.scan();
        Map<String, StoredAggregate> stored = new LinkedHashMap<>();
        eventStore.aggregates().forEach(aggregate -> stored.put(aggregate.id(), aggregate));
        Set<String> rescanned = behind(stored, firstScan);
        Map<String, OnKafka> onKafka = new HashMap<>(firstScan);
        if (!rescanned.isEmpty()) {
            // only for those: an aggregate first published after the event store was read is not in the store's list
            Map<String, OnKafka> later = awaitPublished(stored, rescanned);
            rescanned.stream().filter(later::containsKey).forEach(id -> onKafka.put(id, later.get(id)));
        }

        Map<String, String> types = new TreeMap<>();
        readModels.aggregates().forEach(types::put);
        onKafka.values().forEach(aggregate -> types.put(aggregate.aggregateId(), aggregate.type()));
        stored.values().forEach(aggregate -> types.put(aggregate.id(), aggregate.type()));

        List<Difference> differences = new ArrayList<>();
        List<Difference> pending = new ArrayList<>();
        List<Difference> parked = new ArrayList<>();
        for (Map.Entry<String, String> entry : types.entrySet()) {
            String id = entry.getKey();
            StoredAggregate inStore = stored.get(id);
            OnKafka kafka = onKafka.get(id);
            Long storeLast = inStore == null ? null : inStore.lastSequence();
            Long kafkaLast = kafka == null ? null : kafka.complete();
            Map<String, @Nullable Long> versions = readModels.of(entry.getValue(), id);
            boolean kafkaInLine = storeLast != null && kafkaLast != null
                    && (rescanned.contains(id) ? kafkaLast >= storeLast : kafkaLast.equals(storeLast));
            boolean readModelsInLine = storeLast != null
                    && versions.values().stream().allMatch(version -> Objects.equals(version, storeLast));
            if (kafkaInLine && readModelsInLine) {
                continue;
            }
            Difference difference = new Difference(entry.getValue(), id, storeLast, kafkaLast, versions);
            boolean onItsWay = kafkaInLine && kafka != null && progress.notReached(kafka)
                    && versions.values().stream().allMatch(version -> version == null || version <= storeLast);
            (parkedIds.contains(id) ? parked : onItsWay ? pending : differences).add(difference);
        }
        CheckResult result = new CheckResult(clock.instant(), types.size(), differences, pending, parked);
        Duration took = Duration.between(started, result.checkedAt());
        if (differences.isEmpty()) {
            log.info("consistency check: no differences, {} pending, {} parked, of {} aggregates, in {} ms",
                    pending.size(), parked.size(), types.size(), took.toMillis());
        } else {
            log.warn("consistency check: {} differences, {} pending, {} parked, of {} aggregates, in {} ms",
                    differences.size(), pending.size(), parked.size(), types.size(), took.toMillis());
        }
        last = result;
        return result;
    }

    /** The result of the last check, if one ran since the service started. */
    @Nullable CheckResult last() {
        return last;
    }

    // the topics were read before the event store: what the publisher sent in between is read again, for a while
    private Map<String, OnKafka> awaitPublished(Map<String, StoredAggregate> stored, Set<String> behind) {
        Instant until = clock.instant().plus(publishGrace);
        Map<String, OnKafka> onKafka = topics.scan();
        while (clock.instant().isBefore(until)) {
            Set<String> still = behind(stored, onKafka);
            still.retainAll(behind);
            if (still.isEmpty()) {
                break;
            }
            try {
                Thread.sleep(RESCAN_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            onKafka = topics.scan();
        }
        return onKafka;
    }

    private static Set<String> behind(Map<String, StoredAggregate> stored, Map<String, OnKafka> onKafka) {
        return stored.values().stream().filter(aggregate -> {
            OnKafka kafka = onKafka.get(aggregate.id());
            Long complete = kafka == null ? null : kafka.complete();
            return complete == null || complete < aggregate.lastSequence();
        }).map(StoredAggregate::id).collect(Collectors.toSet());
    }
}
