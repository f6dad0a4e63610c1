package org.chorus.query.session;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionScheduledEvent;

/**
 * Keeps every event of a session, still sealed, exactly once and in order, without Mongo transactions: the event
 * document is written first (a duplicate key means an interrupted attempt already wrote it), then its consequences,
 * which are idempotent, and last {@code lastSequence} advances with a write conditional on the previous value.
 * Nothing personal is ever stored in clear; readers open the texts with the keys that still exist.
 */
public final class SessionProjection {
    private final SessionStore store;
    private final SessionConsequences consequences;

    public SessionProjection(MongoDatabase database, ParticipantKeys keys) {
        this(new StoredSessions(database), keys);
    }

    /** Over a rebuild's buffer, written once per poll. */
    public SessionProjection(BufferedSessions sessions, ParticipantKeys keys) {
        this((SessionStore) sessions, keys);
    }

    private SessionProjection(SessionStore store, ParticipantKeys keys) {
        this.store = store;
        this.consequences = new SessionConsequences(store, keys);
    }

    /**
     * Applies an event with its sequence number in the session and its commit time.
     *
     * @return false when the event was already applied
     * @throws SessionEventOutOfOrderException when an earlier event of the session has not been applied yet
     */
    public boolean apply(SessionEvent event, long sequence, Instant at) {
        String id = event.sessionId().toString();
        if ((sequence == 0) != (event instanceof SessionScheduledEvent)) {
            throw new IllegalArgumentException("session " + id + ": " + EventTypes.nameOf(event.getClass())
                    + " cannot be event " + sequence);
        }
        long last = store.lastSequence(id);
        if (sequence <= last) {
            return false;
        }
        if (sequence > last + 1) {
            throw new SessionEventOutOfOrderException(id, sequence, last);
        }
        keep(event, sequence, at);
        consequences.of(event, sequence);
        return advance(id, sequence);
    }

    private void keep(SessionEvent event, long sequence, Instant at) {
        String id = event.sessionId().toString();
        store.keep(new Document(SessionFields.ID, SessionFields.eventId(id, sequence))
                .append(SessionFields.SESSION_ID, id)
                .append(SessionFields.SEQUENCE, sequence)
                .append(SessionFields.TYPE, EventTypes.nameOf(event.getClass()))
                .append(SessionFields.AT, Date.from(at))
                .append(SessionFields.EVENT, KernelJson.mapper().writeValueAsString(event)));
    }

    private boolean advance(String id, long sequence) {
        if (sequence == 0) {
            return store.start(id);
        }
        if (store.advance(id, sequence)) {
            return true;
        }
        long now = store.lastSequence(id);
        if (now >= sequence) {
            return false;
        }
        throw new SessionEventOutOfOrderException(id, sequence, now);
    }
}
