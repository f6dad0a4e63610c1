package org.chorus.query.session;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.bson.Document;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionEvent;
import org.jspecify.annotations.Nullable;

/**
 * Reads the applied events of a session. Only events up to {@code lastSequence} count: an event document beyond it
 * was written by an attempt that has not finished yet. Reads are {@code _id} lookups, fast on every store.
 */
public final class SessionLog {
    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> events;

    public SessionLog(MongoDatabase database) {
        this.sessions = database.getCollection(SessionFields.SESSIONS);
        this.events = database.getCollection(SessionFields.EVENTS);
    }

    /** The sequence of the last applied event, or -1 when no event of the session was applied. */
    public long lastSequence(String sessionId) {
        return lastSequenceOf(sessions.find(eq(SessionFields.ID, sessionId))
                .projection(Projections.include(SessionFields.LAST_SEQUENCE)).first());
    }

    static long lastSequenceOf(@Nullable Document session) {
        return session == null ? -1 : ((Number) session.get(SessionFields.LAST_SEQUENCE)).longValue();
    }

    /** Every applied event of the session, in order; empty when the session is unknown. */
    public List<StoredSessionEvent> events(String sessionId) {
        return events(sessionId, lastSequence(sessionId));
    }

    /** The events 0 to {@code through}, in order. */
    List<StoredSessionEvent> events(String sessionId, long through) {
        return events(sessionId, through, ids -> events.find(in(SessionFields.ID, ids)).into(new ArrayList<>()));
    }

    /** The events 0 to {@code through}, in order, their documents found by id as given. */
    static List<StoredSessionEvent> events(String sessionId, long through,
            Function<List<String>, List<Document>> byIds) {
        if (through < 0) {
            return List.of();
        }
        List<String> ids = LongStream.rangeClosed(0, through).mapToObj(seq -> SessionFields.eventId(sessionId, seq))
                .toList();
        List<StoredSessionEvent> found = new ArrayList<>(byIds.apply(ids).stream().map(SessionLog::stored).toList());
        found.sort(Comparator.comparingLong(StoredSessionEvent::sequence));
        if (found.size() != ids.size()) {
            throw new IllegalStateException("session " + sessionId + ": " + ids.size() + " events applied but "
                    + found.size() + " stored");
        }
        return found;
    }

    private static StoredSessionEvent stored(Document document) {
        String type = document.getString(SessionFields.TYPE);
        Class<?> eventClass = EventTypes.forName(type)
                .filter(SessionEvent.class::isAssignableFrom)
                .orElseThrow(() -> new IllegalStateException("unknown session event type " + type));
        String json = document.getString(SessionFields.EVENT);
        return new StoredSessionEvent(((Number) document.get(SessionFields.SEQUENCE)).longValue(), type,
                document.getDate(SessionFields.AT).toInstant(),
                (SessionEvent) KernelJson.mapper().readValue(json, eventClass), json);
    }
}
