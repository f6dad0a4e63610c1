package org.chorus.query.insight.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.chorus.query.insight.arrival.Arrival;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows arrival numbers in order across gaps, as Axon's gap-aware tracking does. A number missing between the
 * position and an arrival read after it was taken by a writer that has not written it yet, or never will (it
 * crashed): everything after it is held back until it turns up, or until it has been missing for the gap timeout,
 * when it is passed for good. Only the poller thread uses it.
 */
final class Gaps {
    private static final Logger log = LoggerFactory.getLogger(Gaps.class);

    private final long timeoutNanos;
    private final LongSupplier nanoTime;
    /** When each number now missing was first seen missing. */
    private final Map<Long, Long> missingSince = new HashMap<>();

    Gaps(Duration timeout, LongSupplier nanoTime) {
        this.timeoutNanos = timeout.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The arrivals that may go out now, given those read after {@code position} in number order, and the position
     * after them.
     */
    Advance advance(long position, List<Arrival> read) {
        long now = nanoTime.getAsLong();
        // every number missing among those read is seen missing now, so the numbers of one gap time out together
        long expected = position + 1;
        for (Arrival arrival : read) {
            for (long missing = expected; missing < arrival.number(); missing++) {
                missingSince.putIfAbsent(missing, now);
            }
            expected = arrival.number() + 1;
        }
        List<Arrival> ready = new ArrayList<>();
        long next = position + 1;
        for (Arrival arrival : read) {
            while (next < arrival.number()) {
                if (now - missingSince.get(next) < timeoutNanos) {
                    return new Advance(ready, next - 1);
                }
                log.warn("arrival {} was never written; passing it", next);
                missingSince.remove(next);
                next++;
            }
            missingSince.remove(arrival.number());
            ready.add(arrival);
            next = arrival.number() + 1;
        }
        return new Advance(ready, next - 1);
    }

    /** Arrivals to send, in order, and the position after the last one (or after the numbers passed). */
    record Advance(List<Arrival> ready, long position) {
    }
}
