package org.chorus.query.sharing;

/** The broker did not acknowledge a record of the curated stream: an outage, so the story event is retried. */
public class SharingUnavailableException extends RuntimeException {

    SharingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
