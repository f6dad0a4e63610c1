package org.chorus.query.session;

import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;

/**
 * Keeps every event of a session, still sealed, exactly once and in order, without Mongo transactions: the event
 * document is written first (a duplicate key means an interrupted attempt already wrote it), then its consequences,
 * which are idempotent, and last {@code lastSequence} advances with a write conditional on the previous value.
 * Nothing personal is ever stored in clear; readers open the texts with the keys that still exist.
 */
public final class SessionProjection {
    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> events;
    private final SessionLog log;
    private final SessionConsequences consequences;

    public SessionProjection(MongoDatabase database, ParticipantKeys keys) {
        this.sessions = database.getCollection(SessionFields.SESSIONS);
        this.events = database.getCollection(SessionFields.EVENTS);
        this.log = new SessionLog(database);
        this.consequences = new SessionConsequences(log, new StoryCitations(database), keys);
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
        long last = log.lastSequence(id);
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
        InsertOnce.insert(events, new Document(SessionFields.ID, SessionFields.eventId(id, sequence))
                .append(SessionFields.SESSION_ID, id)
                .append(SessionFields.SEQUENCE, sequence)
                .append(SessionFields.TYPE, EventTypes.nameOf(event.getClass()))
                .append(SessionFields.AT, Date.from(at))
                .append(SessionFields.EVENT, KernelJson.mapper().writeValueAsString(event)));
    }

    private boolean advance(String id, long sequence) {
        if (sequence == 0) {
            return InsertOnce.insert(sessions, new Document(SessionFields.ID, id).append(SessionFields.LAST_SEQUENCE, 0L));
        }
        UpdateResult result = sessions.updateOne(IdCondition.filter(id, SessionFields.LAST_SEQUENCE, sequence - 1),
                set(SessionFields.LAST_SEQUENCE, sequence));
        if (result.getMatchedCount() == 1) {
            return true;
        }
        long now = log.lastSequence(id);
        if (now >= sequence) {
            return false;
        }
        throw new SessionEventOutOfOrderException(id, sequence, now);
    }
}
