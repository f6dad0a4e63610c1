package org.chorus.query.insight.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import java.util.stream.Collectors;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.LiveStory;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.arrival.Arrival;
import org.chorus.query.insight.arrival.ArrivalLog;
import org.chorus.query.web.NotReadyException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Stories as they become visible, live. Fed by polling the shared arrival log rather than this instance's Kafka
 * partitions, so every instance sees every story, and in the order they arrived rather than by approval time, so a
 * story projected late (a lagging partition, a redelivery, consent restored) is not passed over. One poller thread
 * owns all positions: it registers streams, reads the arrivals after its watermark once for everybody (holding back
 * behind a gap, see {@link Gaps}), and reads separately only for a stream that is behind (resumed with
 * Last-Event-ID, or cut short by a batch limit). Each story is read when it is sent, so one hidden since it
 * arrived is not sent.
 */
@Component
public class StoryStream implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(StoryStream.class);
    static final int BATCH = 500;

    private final InsightReader reader;
    private final ArrivalLog arrivals;
    private final Gaps gaps;
    private final Duration poll;
    private final Duration heartbeat;
    private final Duration timeout;
    private final int maxOpen;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private @Nullable ScheduledExecutorService poller;
    private @Nullable ExecutorService sender;
    /** The arrival every stream at the front has considered; -1 until the first poll reads where the log stands. */
    private long watermark = -1;
    private boolean started;

    StoryStream(InsightReader reader, ArrivalLog arrivals,
            @Value("${chorus.insight.stream.gap-timeout:30s}") Duration gapTimeout,
            @Value("${chorus.insight.stream.poll:500ms}") Duration poll,
            @Value("${chorus.insight.stream.heartbeat:15s}") Duration heartbeat,
            @Value("${chorus.insight.stream.timeout:30m}") Duration timeout,
            @Value("${chorus.insight.stream.max-open:200}") int maxOpen) {
        this.reader = reader;
        this.arrivals = arrivals;
        this.gaps = new Gaps(gapTimeout, System::nanoTime);
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.maxOpen = maxOpen;
    }

    /**
     * Opens a stream of the stories matching the filter that arrive after {@code lastEventId}, or from now on when
     * it is null.
     *
     * @throws NotReadyException when this instance already serves as many streams as it may
     */
    public SseEmitter open(StoryFilter filter, @Nullable LastEventId lastEventId) {
        if (open.incrementAndGet() > maxOpen) {
            open.decrementAndGet();
            throw new NotReadyException("Too many open streams on this instance.", Duration.ofSeconds(10));
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(emitter, filter, sender());
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> {
            // ends the stream quietly; the client reconnects with Last-Event-ID
            remove(subscriber);
            emitter.complete();
        });
        emitter.onError(error -> remove(subscriber));
        try {
            // registered on the poller thread, before the response starts, so nothing arriving from now on is missed
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

    private void register(Subscriber subscriber, @Nullable LastEventId lastEventId) {
        // the log's last number, not our watermark: what arrived since the last poll came before the opening
        long last = arrivals.last();
        if (watermark < 0) {
            // opened before the first poll: follow the log from here, or a number taken now but not yet written
            // would be below the first poll's watermark, never seen missing, and the arrivals after it not held back
            watermark = last;
        }
        subscriber.position = lastEventId == null ? last : lastEventId.arrival(arrivals);
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

    private void tick() {
        try {
            if (watermark < 0) {
                watermark = arrivals.last();
            }
            long before = watermark;
            Gaps.Advance advance = gaps.advance(before, arrivals.after(before, BATCH));
            // with nobody listening the log is only followed, not read
            Map<String, LiveStory> stories = subscribers.isEmpty() ? Map.of() : reader.live(ids(advance.ready()));
            watermark = advance.position();
            for (Subscriber subscriber : subscribers) {
                if (subscriber.closed()) {
                    remove(subscriber);
                } else if (subscriber.position == before) {
                    send(subscriber, advance.ready(), stories);
                    subscriber.position = watermark;
                } else if (subscriber.position < watermark) {
                    catchUp(subscriber);
                }
            }
        } catch (RuntimeException e) {
            // the read store may be briefly away; the next tick tries again from the same positions
            log.warn("insight stream poll failed", e);
        }
    }

    private void catchUp(Subscriber subscriber) {
        List<Arrival> missed = arrivals.between(subscriber.position, watermark, BATCH);
        send(subscriber, missed, reader.live(ids(missed)));
        subscriber.position = missed.size() < BATCH ? watermark : missed.get(missed.size() - 1).number();
    }

    private static void send(Subscriber subscriber, List<Arrival> arrived, Map<String, LiveStory> stories) {
        for (Arrival arrival : arrived) {
            LiveStory story = stories.get(arrival.storyId());
            if (story != null && story.matches(subscriber.filter)) {
                subscriber.story(arrival.number(), story.view());
            }
        }
    }

    private static Set<String> ids(List<Arrival> arrived) {
        return arrived.stream().map(Arrival::storyId).collect(Collectors.toSet());
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
