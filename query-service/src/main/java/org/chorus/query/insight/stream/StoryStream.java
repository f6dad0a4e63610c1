package org.chorus.query.insight.stream;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryView;
import org.chorus.query.web.NotReadyException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Newly approved stories, live. Fed by polling the shared read store rather than this instance's Kafka partitions,
 * so every instance sees every story. One poller thread owns all positions: it registers streams, reads what was
 * approved since its watermark once for everybody, and reads separately only for a stream that is behind (resumed
 * with Last-Event-ID, or cut short by a batch limit).
 */
@Component
public class StoryStream implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(StoryStream.class);
    static final int BATCH = 500;

    private final InsightReader reader;
    private final Duration poll;
    private final Duration heartbeat;
    private final Duration timeout;
    private final int maxOpen;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private @Nullable ScheduledExecutorService poller;
    private @Nullable ExecutorService sender;
    private @Nullable FeedCursor watermark;
    private boolean started;

    StoryStream(InsightReader reader,
            @Value("${chorus.insight.stream.poll:500ms}") Duration poll,
            @Value("${chorus.insight.stream.heartbeat:15s}") Duration heartbeat,
            @Value("${chorus.insight.stream.timeout:30m}") Duration timeout,
            @Value("${chorus.insight.stream.max-open:200}") int maxOpen) {
        this.reader = reader;
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.maxOpen = maxOpen;
    }

    /**
     * Opens a stream of the stories matching the filter approved after {@code lastEventId}, or after the newest one
     * now when it is null.
     *
     * @throws NotReadyException when this instance already serves as many streams as it may
     */
    public SseEmitter open(StoryFilter filter, @Nullable FeedCursor lastEventId) {
        if (open.incrementAndGet() > maxOpen) {
            open.decrementAndGet();
            throw new NotReadyException("Too many open streams on this instance.", Duration.ofSeconds(10));
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(emitter, filter, lastEventId, sender());
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> {
            // ends the stream quietly; the client reconnects with Last-Event-ID
            remove(subscriber);
            emitter.complete();
        });
        emitter.onError(error -> remove(subscriber));
        try {
            // registered on the poller thread, before the response starts, so nothing approved from now on is missed
            poller().submit(() -> register(subscriber, lastEventId)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(subscriber);
            throw new NotReadyException("The stream could not be opened.", Duration.ofSeconds(1));
        } catch (ExecutionException | TimeoutException e) {
            abandon(subscriber);
            throw new NotReadyException("The stream could not be opened.", Duration.ofSeconds(1));
        }
        subscriber.opened();
        return emitter;
    }

    private void register(Subscriber subscriber, @Nullable FeedCursor lastEventId) {
        if (lastEventId == null) {
            // the store's newest, not our watermark: what was approved since the last poll came before the opening
            subscriber.position = reader.newest().orElse(null);
        }
        subscribers.add(subscriber);
    }

    private void remove(Subscriber subscriber) {
        subscriber.gone();
        if (subscribers.remove(subscriber)) {
            open.decrementAndGet();
        }
    }

    private void abandon(Subscriber subscriber) {
        subscriber.gone();
        subscribers.remove(subscriber);
        open.decrementAndGet();
    }

    private @Nullable FeedCursor watermark() {
        if (watermark == null) {
            watermark = reader.newest().orElse(null);
        }
        return watermark;
    }

    private void tick() {
        try {
            FeedCursor before = watermark();
            List<StoryView> fresh = reader.approvedBetween(StoryFilter.none(), before, null, BATCH);
            if (!fresh.isEmpty()) {
                watermark = Positions.of(fresh.get(fresh.size() - 1));
            }
            for (Subscriber subscriber : subscribers) {
                if (subscriber.closed()) {
                    remove(subscriber);
                } else if (Objects.equals(subscriber.position, before)) {
                    fresh.stream().filter(subscriber.filter::admits).forEach(subscriber::story);
                    subscriber.position = watermark;
                } else if (!Positions.after(subscriber.position, watermark)) {
                    catchUp(subscriber);
                }
            }
        } catch (RuntimeException e) {
            // the read store may be briefly away; the next tick tries again from the same positions
            log.warn("insight stream poll failed", e);
        }
    }

    private void catchUp(Subscriber subscriber) {
        List<StoryView> missed = reader.approvedBetween(subscriber.filter, subscriber.position, watermark, BATCH);
        missed.forEach(subscriber::story);
        subscriber.position = missed.size() < BATCH ? watermark : Positions.of(missed.get(missed.size() - 1));
    }

    private void beat() {
        subscribers.forEach(Subscriber::heartbeat);
    }

    private ScheduledExecutorService poller() {
        return Objects.requireNonNull(poller, "insight stream not started");
    }

    private ExecutorService sender() {
        return Objects.requireNonNull(sender, "insight stream not started");
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "insight-stream-poller"));
        sender = Executors.newCachedThreadPool(task -> daemon(task, "insight-stream-sender"));
        poller.scheduleWithFixedDelay(this::tick, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        poller.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        started = true;
    }

    @Override
    public synchronized void stop() {
        started = false;
        poller().shutdownNow();
        subscribers.forEach(Subscriber::close);
        sender().shutdownNow();
    }

    @Override
    public synchronized boolean isRunning() {
        return started;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
