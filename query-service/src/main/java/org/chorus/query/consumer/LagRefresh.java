package org.chorus.query.consumer;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Measures the {@link ConsumerLag} every few seconds on a thread of its own, off the consumers' path. */
final class LagRefresh implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LagRefresh.class);

    private final ConsumerLag lag;
    private final Duration every;
    private final boolean autoStartup;
    private @Nullable ScheduledExecutorService timer;
    private boolean failing;

    LagRefresh(ConsumerLag lag, Duration every, boolean autoStartup) {
        this.lag = lag;
        this.every = every;
        this.autoStartup = autoStartup;
    }

    /** Started with the consumers: a service started without them (a web slice, a test) has no broker to ask. */
    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        timer = started;
    }

    private void runOnce() {
        try {
            lag.refresh();
            failing = false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // an outage lasts: say so once, keep the last figures, and try again next time
            if (!failing) {
                log.warn("consumer lag not measured, gauges keep their last values: {}", e.toString());
            }
            failing = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
