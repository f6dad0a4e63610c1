package org.chorus.query.insight.stream;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryView;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One open stream. The poller only queues events; a sender thread writes them, so a slow client never holds up the
 * poller. A client that falls too far behind is closed and catches up by reconnecting with Last-Event-ID.
 */
final class Subscriber {
    static final int MAX_PENDING = 1000;

    final SseEmitter emitter;
    final StoryFilter filter;
    /** The last arrival this stream has considered (sent or filtered out); only the poller thread touches it. */
    long position;

    private final Executor sender;
    private final Queue<SseEventBuilder> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    Subscriber(SseEmitter emitter, StoryFilter filter, Executor sender) {
        this.emitter = emitter;
        this.filter = filter;
        this.sender = sender;
    }

    /** A story under its arrival number, which is the event id a reconnecting client sends back. */
    void story(long arrival, StoryView story) {
        offer(SseEmitter.event().name("story").id(Long.toString(arrival)).data(story, MediaType.APPLICATION_JSON));
    }

    /** Sent first, so the response starts at once rather than at the first story or heartbeat. */
    void opened() {
        offer(SseEmitter.event().comment("connected"));
    }

    void heartbeat() {
        offer(SseEmitter.event().comment("keep-alive"));
    }

    boolean closed() {
        return closed.get();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            pending.clear();
            try {
                emitter.complete();
            } catch (IllegalStateException e) {
                // already completed by the container
            }
        }
    }

    /** Marks the stream gone without touching the response, which the container has already finished. */
    void gone() {
        closed.set(true);
        pending.clear();
    }

    private void offer(SseEventBuilder event) {
        if (closed.get()) {
            return;
        }
        if (size.incrementAndGet() > MAX_PENDING) {
            close();
            return;
        }
        pending.add(event);
        drain();
    }

    private void drain() {
        if (draining.compareAndSet(false, true)) {
            sender.execute(this::sendPending);
        }
    }

    private void sendPending() {
        try {
            SseEventBuilder event;
            while (!closed.get() && (event = pending.poll()) != null) {
                size.decrementAndGet();
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; the emitter's callbacks remove us
            gone();
        } finally {
            draining.set(false);
            if (!closed.get() && !pending.isEmpty()) {
                drain();
            }
        }
    }
}
