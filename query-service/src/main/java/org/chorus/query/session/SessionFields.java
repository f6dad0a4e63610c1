package org.chorus.query.session;

/** Field names of the {@code sessions} and {@code session_events} read models. */
public final class SessionFields {
    public static final String SESSIONS = "sessions";
    static final String EVENTS = "session_events";
    public static final String ID = "_id";
    public static final String LAST_SEQUENCE = "lastSequence";
    static final String SESSION_ID = "sessionId";
    static final String SEQUENCE = "sequence";
    static final String TYPE = "type";
    static final String AT = "at";
    static final String EVENT = "event";

    private SessionFields() {
    }

    // zero-padded so that the ids of one session sort in event order, as strings and as Mongo keys
    static String eventId(String sessionId, long sequence) {
        return sessionId + ":" + String.format("%019d", sequence);
    }
}
