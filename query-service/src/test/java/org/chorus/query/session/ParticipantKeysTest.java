package org.chorus.query.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.chorus.query.testsupport.KeyRing;
import org.junit.jupiter.api.Test;

class ParticipantKeysTest {
    private final KeyRing ring = new KeyRing();
    private final MovingClock clock = new MovingClock();
    private final ParticipantKeys keys = new ParticipantKeys(ring, Duration.ofSeconds(5), clock);

    @Test
    void aDestroyedKeyIsServedFromMemoryForAtMostTheCacheTime() {
        ring.sealWith("k", "Ama");
        assertThat(keys.find("k")).isPresent();
        ring.destroy("k");

        clock.advance(Duration.ofMillis(4_999));
        assertThat(keys.find("k")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(keys.find("k")).isEmpty();
    }

    @Test
    void aForgottenKeyIsNeverServedAgainEvenWhileCommandServiceStillReleasesIt() {
        ring.sealWith("k", "Ama");
        ring.sealWith("other", "Ben");
        assertThat(keys.find("k")).isPresent();

        keys.forget(List.of("k"));

        assertThat(keys.find("k")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(keys.find("k")).isEmpty();
        assertThat(keys.find("other")).isPresent();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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
