package org.chorus.command.storyteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's windows, on a clock the test moves. */
class LookupThrottleTest {
    private final MovableClock clock = new MovableClock();
    private final LookupThrottle throttle = new LookupThrottle(new ThrottleSettings(3, Duration.ofMinutes(10), 2),
            clock);

    @Test
    void theThirdFailureThrottlesUntilTheWindowOpenedByTheFirstHasPassed() {
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");
        clock.move(Duration.ofMinutes(4));
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");
        assertThat(throttle.wait("10.0.0.1", "CH-AAAA-AAAA")).isEmpty();
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");

        assertThat(throttle.wait("10.0.0.1", "CH-BBBB-BBBB")).contains(Duration.ofMinutes(6));
        assertThat(throttle.wait("10.0.0.2", "CH-AAAA-AAAA")).contains(Duration.ofMinutes(6));
        assertThat(throttle.wait("10.0.0.2", "CH-BBBB-BBBB")).isEmpty();
        clock.move(Duration.ofMinutes(6));
        assertThat(throttle.wait("10.0.0.1", "CH-AAAA-AAAA")).isEmpty();
    }

    @Test
    void aFailureAfterTheWindowStartsANewCount() {
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");
        clock.move(Duration.ofMinutes(11));
        throttle.failed("10.0.0.1", "CH-AAAA-AAAA");

        assertThat(throttle.wait("10.0.0.1", "CH-AAAA-AAAA")).isEmpty();
    }

    @Test
    void theLeastRecentlyTouchedKeysAreForgottenBeyondTheBound() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.1", "CH-AAAA-AAAA");
        }
        throttle.failed("10.0.0.2", "CH-BBBB-BBBB");
        throttle.failed("10.0.0.3", "CH-CCCC-CCCC");

        assertThat(throttle.wait("10.0.0.1", "CH-AAAA-AAAA")).as("two tracked at most: the first is gone").isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
