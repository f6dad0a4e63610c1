package org.chorus.query.session;

/** A session event arrived before one of its predecessors: it is not applied and must be delivered again later. */
public final class SessionEventOutOfOrderException extends RuntimeException {

    SessionEventOutOfOrderException(String sessionId, long sequence, long lastApplied) {
        super("session " + sessionId + ": event " + sequence + " arrived but the last applied is "
                + (lastApplied < 0 ? "none" : lastApplied));
    }
}
