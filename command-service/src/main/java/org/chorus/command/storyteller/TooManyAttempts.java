package org.chorus.command.storyteller;

import java.time.Duration;

/** {@link LookupThrottle} refuses the lookup for now; try again after {@link #retryAfter()}. */
public class TooManyAttempts extends RuntimeException {
    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
        super("too many wrong reference and receipt code pairs", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, at least one, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
