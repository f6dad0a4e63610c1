package org.chorus.query.rebuild;

import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.consumer.ConsumerPositions;
import org.chorus.query.deadletter.ParkedAggregates;
import org.chorus.query.deadletter.RetryPolicy;
import org.chorus.query.keys.KeyPrefetch;
import org.chorus.query.mongo.ActiveDatabase;
import org.chorus.query.search.StoryIndex;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the event topics into a fresh database while the active one keeps serving:
 * <ol>
 * <li>the active database's indexes are declared in the fresh one;</li>
 * <li>each topic is read from the beginning and applied, rounds after rounds, until fewer than
 * {@value #CAUGHT_UP} events are left;</li>
 * <li>the read models that are a function of the stories (counters, equality profiles) are derived from the rebuilt
 * story documents in one pass, and follow the story events from then on ({@link DerivedReadModels});</li>
 * <li>the live listener containers are stopped and the rebuild is drained to exactly the positions the live read
 * models had reached, so that both databases answer for the same events (when the rebuild is ahead anywhere the
 * live consumers run on a while and it tries again);</li>
 * <li>both content hashes are computed; when they are equal (or the caller accepts a difference) the active database
 * is switched to the fresh one, the previous one kept and the one before it dropped;</li>
 * <li>the live containers start again and seek to the positions stored in the now active database, and the search
 * index is brought in line with it.</li>
 * </ol>
 * One rebuild runs at a time, on its own thread.
 */
@Component
class RebuildJob implements DisposableBean {
    static final long CAUGHT_UP = 1_000;
    private static final Logger log = LoggerFactory.getLogger(RebuildJob.class);
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
    private static final int SWITCH_ROUNDS = 5;
    private static final long LIVE_WAIT_MILLIS = 60_000;

    private final ActiveDatabase active;
    private final FreshReadModels readModels;
    private final LiveConsumers live;
    private final StoryIndex index;
    private final ConsumerFactory<?, ?> consumers;
    private final RetryPolicy retry;
    private final KeyPrefetch keys;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong applied = new AtomicLong();
    private volatile String state = "IDLE";
    private volatile @Nullable String database;
    private volatile long total;
    private volatile long startedNanos;
    private volatile long finishedNanos;
    private volatile long lastReportNanos;
    private volatile @Nullable String liveHash;
    private volatile @Nullable String rebuiltHash;
    private volatile @Nullable String failure;
    private volatile List<RecordFailure> failures = List.of();

    RebuildJob(ActiveDatabase active, FreshReadModels readModels, LiveConsumers live, StoryIndex index,
            ConsumerFactory<?, ?> consumers, RetryPolicy retry, KeyPrefetch keys) {
        this.keys = keys;
        this.active = active;
        this.readModels = readModels;
        this.live = live;
        this.index = index;
        this.consumers = consumers;
        this.retry = retry;
    }

    /** Starts a rebuild unless one is running; answers its status either way. */
    synchronized RebuildStatus start(boolean swapWhenHashesDiffer) {
        if (!"RUNNING".equals(state)) {
            String target = active.nextRebuildTarget();
            applied.set(0);
            total = 0;
            liveHash = null;
            rebuiltHash = null;
            failure = null;
            failures = List.of();
            database = target;
            startedNanos = System.nanoTime();
            lastReportNanos = startedNanos;
            finishedNanos = 0;
            state = "RUNNING";
            log.info("rebuild of the read models into database {} started", target);
            runner.execute(() -> run(target, swapWhenHashesDiffer));
        }
        return status();
    }

    RebuildStatus status() {
        long done = applied.get();
        long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
        double seconds = startedNanos == 0 ? 0 : Math.max(1e-3, (end - startedNanos) / 1e9);
        double rate = seconds == 0 ? 0 : done / seconds;
        Double left = !"RUNNING".equals(state) ? Double.valueOf(0) : rate == 0 ? null
                : Math.round(Math.max(0, total - done) / rate * 10) / 10.0;
        return new RebuildStatus(state, database, done, Math.max(total, done), Math.round(rate * 10) / 10.0, left,
                liveHash, rebuiltHash, failure, failures);
    }

    private void run(String target, boolean swapWhenHashesDiffer) {
        MongoDatabase fresh = active.database(target);
        try {
            IndexCopy.copy(active.database(active.active()), fresh);
            FreshReadModels.Fresh models = readModels.over(fresh);
            active.pinned(fresh, () -> replayAndSwitch(target, fresh, models, swapWhenHashesDiffer));
        } catch (RuntimeException e) {
            finish("FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("rebuild into database {} failed", target, e);
        }
    }

    private void replayAndSwitch(String target, MongoDatabase fresh, FreshReadModels.Fresh models,
            boolean swapAnyway) {
        MongoDatabase serving = active.database(active.active());
        try (TopicReplay replay = new TopicReplay(consumer(), models.applier(), new ConsumerPositions(fresh), applied,
                aggregateId -> ParkedAggregates.isParked(serving, aggregateId), retry, keys, models.buffers())) {
            replay.assign(LiveConsumers.EVENT_TOPICS);
            Map<TopicPartition, Long> beginnings = replay.beginnings();
            // the codebook first: live, its few revisions are read long before the stories approved after them, and
            // stories take their suggested themes from the codebook known when their words are projected
            Map<TopicPartition, Long> codebook = new HashMap<>(replay.ends());
            codebook.keySet().removeIf(partition -> !partition.topic().equals(Topics.CODEBOOK_EVENTS));
            replay.runTo(codebook, () -> report(replay));
            Map<TopicPartition, Long> ends;
            do {
                ends = replay.ends();
                total = between(beginnings, ends);
                replay.runTo(ends, () -> report(replay));
            } while (replay.behind(replay.ends()) > CAUGHT_UP);
            long started = System.nanoTime();
            log.info("rebuild into {}: {} events replayed in {} ms", target, applied.get(),
                    (started - startedNanos) / 1_000_000);
            long stories = models.derived().derive(fresh);
            log.info("rebuild into {}: counters and equality profiles derived from {} stories in {} ms", target,
                    stories, (System.nanoTime() - started) / 1_000_000);
            switchOver(target, fresh, replay, beginnings, swapAnyway);
            failures = replay.failures();
        }
    }

    private void switchOver(String target, MongoDatabase fresh, TopicReplay replay,
            Map<TopicPartition, Long> beginnings, boolean swapAnyway) {
        for (int round = 1; round <= SWITCH_ROUNDS; round++) {
            MongoDatabase serving = active.database(active.active());
            List<MessageListenerContainer> stopped = live.stop();
            boolean switched;
            try {
                Map<TopicPartition, Long> livePositions = positionsIn(serving, beginnings);
                if (ahead(replay.positions(), livePositions)) {
                    log.info("rebuild is ahead of the live consumers; letting them catch up (round {})", round);
                    live.start(stopped);
                    stopped = List.of();
                    awaitLive(serving, replay.positions(), beginnings);
                    continue;
                }
                replay.runTo(livePositions, () -> report(replay));
                failures = replay.failures();
                String liveContent = ContentHash.of(serving).contentHash();
                String rebuiltContent = ContentHash.of(fresh).contentHash();
                liveHash = liveContent;
                rebuiltHash = rebuiltContent;
                switched = liveContent.equals(rebuiltContent) || swapAnyway;
                if (switched) {
                    ParkedAggregates.carryOver(serving, fresh);
                    active.switchTo(target);
                }
            } finally {
                live.start(stopped);
            }
            if (!switched) {
                finish("FAILED", "content hashes differ: the live database " + serving.getName() + " stays active and "
                        + target + " is kept for inspection");
                log.warn("rebuild into {}: content hash {} differs from the live {}; not switched", target, rebuiltHash,
                        liveHash);
                return;
            }
            index.reconcile();
            finish("SWAPPED", null);
            log.info("rebuild into {} switched in: {} events applied, {} not applied, content hash {}", target,
                    applied.get(), failures.size(), rebuiltHash);
            return;
        }
        finish("FAILED", "the live consumers stayed behind the rebuild");
    }

    private Map<TopicPartition, Long> positionsIn(MongoDatabase database, Map<TopicPartition, Long> beginnings) {
        ConsumerPositions positions = new ConsumerPositions(database);
        Map<TopicPartition, Long> found = new HashMap<>();
        beginnings.forEach((partition, beginning) -> found.put(partition, positions.next(partition).orElse(beginning)));
        return found;
    }

    private static boolean ahead(Map<TopicPartition, Long> rebuild, Map<TopicPartition, Long> live) {
        return rebuild.entrySet().stream().anyMatch(position ->
                position.getValue() > live.getOrDefault(position.getKey(), 0L));
    }

    private void awaitLive(MongoDatabase serving, Map<TopicPartition, Long> rebuild,
            Map<TopicPartition, Long> beginnings) {
        long until = System.currentTimeMillis() + LIVE_WAIT_MILLIS;
        while (ahead(rebuild, positionsIn(serving, beginnings)) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            }
        }
    }

    private void report(TopicReplay replay) {
        failures = replay.failures();
        long now = System.nanoTime();
        if (now - lastReportNanos > PROGRESS_EVERY_NANOS) {
            lastReportNanos = now;
            RebuildStatus status = status();
            log.info("rebuild into {}: {} of {} events applied, {} events/s, about {} s left, {} not applied",
                    status.database(), status.applied(), status.total(), status.eventsPerSecond(),
                    status.secondsLeft(), status.failures().size());
        }
    }

    private void finish(String outcome, @Nullable String why) {
        failure = why;
        finishedNanos = System.nanoTime();
        state = outcome;
    }

    private static long between(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {
        long between = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            between += Math.max(0, end.getValue() - beginnings.getOrDefault(end.getKey(), 0L));
        }
        return between;
    }

    @SuppressWarnings("unchecked")
    private Consumer<String, String> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        return (Consumer<String, String>) consumers.createConsumer(null, "chorus-rebuild", null, overrides);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
