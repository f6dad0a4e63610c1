package org.chorus.query.insight.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.chorus.query.insight.arrival.Arrival;
import org.junit.jupiter.api.Test;

class GapsTest {
    final AtomicLong clock = new AtomicLong();
    final Gaps gaps = new Gaps(Duration.ofSeconds(10), clock::get);

    @Test
    void passesContiguousArrivalsAtOnce() {
        Gaps.Advance advance = gaps.advance(4, List.of(arrival(5), arrival(6), arrival(7)));
        assertThat(advance.ready()).extracting(Arrival::number).containsExactly(5L, 6L, 7L);
        assertThat(advance.position()).isEqualTo(7);
    }

    @Test
    void holdsBackBehindAMissingNumberUntilItTurnsUp() {
        Gaps.Advance held = gaps.advance(4, List.of(arrival(5), arrival(7)));
        assertThat(held.ready()).extracting(Arrival::number).containsExactly(5L);
        assertThat(held.position()).isEqualTo(5);

        clock.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(gaps.advance(5, List.of(arrival(7))).ready()).isEmpty();

        Gaps.Advance filled = gaps.advance(5, List.of(arrival(6), arrival(7)));
        assertThat(filled.ready()).extracting(Arrival::number).containsExactly(6L, 7L);
        assertThat(filled.position()).isEqualTo(7);
    }

    @Test
    void passesAGapOfSeveralNumbersTogetherOnceItTimesOut() {
        assertThat(gaps.advance(0, List.of(arrival(4))).ready()).isEmpty();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());

        Gaps.Advance passed = gaps.advance(0, List.of(arrival(4), arrival(5)));
        assertThat(passed.ready()).extracting(Arrival::number).containsExactly(4L, 5L);
        assertThat(passed.position()).isEqualTo(5);
    }

    @Test
    void aGapSeenLaterTimesOutFromWhenItWasSeen() {
        assertThat(gaps.advance(0, List.of(arrival(2))).ready()).isEmpty();
        clock.addAndGet(Duration.ofSeconds(6).toNanos());
        // a second gap appears behind the first: its own clock starts now
        assertThat(gaps.advance(0, List.of(arrival(2), arrival(4))).ready()).isEmpty();
        clock.addAndGet(Duration.ofSeconds(4).toNanos());

        Gaps.Advance advance = gaps.advance(0, List.of(arrival(2), arrival(4)));
        assertThat(advance.ready()).extracting(Arrival::number).containsExactly(2L);
        assertThat(advance.position()).isEqualTo(2);
        clock.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(gaps.advance(2, List.of(arrival(4))).ready()).extracting(Arrival::number).containsExactly(4L);
    }

    private static Arrival arrival(long number) {
        return new Arrival(number, "story-" + number);
    }
}
