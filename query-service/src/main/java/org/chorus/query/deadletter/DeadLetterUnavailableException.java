package org.chorus.query.deadletter;

/** The broker did not take or give back a dead letter: an outage, so the record is retried, not lost. */
final class DeadLetterUnavailableException extends RuntimeException {

    DeadLetterUnavailableException(String message) {
        super(message);
    }

    DeadLetterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
