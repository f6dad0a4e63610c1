package org.chorus.query.web;

import java.time.Duration;

/** The read model has not caught up with the version the caller asked for; answered 503 with Retry-After. */
public final class NotReadyException extends RuntimeException {
    private final Duration retryAfter;

    public NotReadyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
