package org.chorus.query.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A task run on a daemon thread of its own, with a fixed delay between runs, from the context's start to its stop. A
 * failing run is logged once, until a run succeeds again (an outage lasts), and the next run comes as planned.
 */
public final class Periodic implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Periodic.class);

    private final String name;
    private final Duration first;
    private final Duration every;
    private final boolean autoStartup;
    private final Task task;
    private @Nullable ScheduledExecutorService timer;
    private boolean failing;

    /**
     * @param name        the thread's name, also the log's
     * @param first       how long after the start the first run comes
     * @param every       the delay between the end of a run and the next
     * @param autoStartup whether it starts with the context (false: only when started by hand)
     */
    public Periodic(String name, Duration first, Duration every, boolean autoStartup, Task task) {
        this.name = name;
        this.first = first;
        this.every = every;
        this.autoStartup = autoStartup;
        this.task = task;
    }

    /** One run. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::runOnce, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        timer = started;
    }

    private void runOnce() {
        try {
            task.run();
            failing = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                log.warn("{} failed, and is tried again every {}: {}", name, every, e.toString(), e);
            }
            failing = true;
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
