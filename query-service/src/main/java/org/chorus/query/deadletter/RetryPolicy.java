package org.chorus.query.deadletter;

import java.time.Duration;

/**
 * How often a poison record is tried before it is parked, and how long to wait between tries (doubling each time,
 * at most {@link #LONGEST}, so that the consumer still polls well within {@code max.poll.interval.ms}). The live
 * consumer and a rebuild give up on poison by this one rule ({@code chorus.dead-letter.*}).
 */
public record RetryPolicy(int attempts, Duration backOff) {
    static final Duration LONGEST = Duration.ofSeconds(30);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("chorus.dead-letter.attempts must be at least 1, not " + attempts);
        }
    }

    /** Waits before try {@code attempt + 1}. */
    public void pause(int attempt) {
        Duration wait = backOff.multipliedBy(1L << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(wait.compareTo(LONGEST) > 0 ? LONGEST.toMillis() : wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
