package org.chorus.query.consistency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the check every {@code chorus.consistency.check-every} (off unless set), keeping the gauge current. */
@Component
@ConditionalOnProperty("chorus.consistency.check-every")
class ScheduledCheck implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ScheduledCheck.class);

    private final ConsistencyCheck check;
    private final Duration every;
    private @Nullable ScheduledExecutorService timer;

    ScheduledCheck(ConsistencyCheck check, @Value("${chorus.consistency.check-every}") Duration every) {
        this.check = check;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consistency-check");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        timer = started;
    }

    private void runOnce() {
        try {
            check.run();
        } catch (RuntimeException e) {
            log.warn("scheduled consistency check failed", e);
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
