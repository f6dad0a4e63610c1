package org.chorus.query.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTest {

    @Test
    void runsAgainAfterAFailureUntilStopped() {
        AtomicInteger runs = new AtomicInteger();
        Periodic periodic = new Periodic("test-periodic", Duration.ZERO, Duration.ofMillis(10), true, () -> {
            if (runs.incrementAndGet() % 2 == 1) {
                throw new IllegalStateException("engine away");
            }
        });
        assertThat(periodic.isRunning()).isFalse();
        periodic.start();
        assertThat(periodic.isRunning()).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 5);
        periodic.stop();
        assertThat(periodic.isRunning()).isFalse();
        int stoppedAt = runs.get();
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> runs.get() == stoppedAt);
    }

    @Test
    void theFirstRunWaitsItsDelayAndAutoStartupIsAsGiven() {
        AtomicInteger runs = new AtomicInteger();
        Periodic periodic = new Periodic("test-periodic", Duration.ofMinutes(5), Duration.ofMinutes(5), false,
                runs::incrementAndGet);
        assertThat(periodic.isAutoStartup()).isFalse();
        periodic.start();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> runs.get() == 0);
        periodic.stop();
    }
}
