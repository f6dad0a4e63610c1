package org.chorus.query.session;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;

/** The session collections themselves: each call one round trip, each write conditional or idempotent in the server. */
final class StoredSessions implements SessionStore {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> citations;

    StoredSessions(MongoDatabase database) {
        this.sessions = database.getCollection(SessionFields.SESSIONS);
        this.events = database.getCollection(SessionFields.EVENTS);
        this.citations = database.getCollection(CitationFields.COLLECTION);
    }

    @Override
    public long lastSequence(String sessionId) {
        return SessionLog.lastSequenceOf(sessions.find(eq(SessionFields.ID, sessionId))
                .projection(Projections.include(SessionFields.LAST_SEQUENCE)).first());
    }

    @Override
    public void keep(Document event) {
        InsertOnce.insert(events, event);
    }

    @Override
    public List<Document> events(Collection<String> ids) {
        return events.find(in(SessionFields.ID, ids)).into(new ArrayList<>());
    }

    @Override
    public void cite(String storyId, Document citation) {
        citations.updateOne(eq(CitationFields.ID, storyId), addToSet(CitationFields.CITED_BY, citation), UPSERT);
    }

    @Override
    public boolean start(String sessionId) {
        return InsertOnce.insert(sessions, new Document(SessionFields.ID, sessionId)
                .append(SessionFields.LAST_SEQUENCE, 0L));
    }

    @Override
    public boolean advance(String sessionId, long sequence) {
        return sessions.updateOne(IdCondition.filter(sessionId, SessionFields.LAST_SEQUENCE, sequence - 1),
                set(SessionFields.LAST_SEQUENCE, sequence)).getMatchedCount() == 1;
    }
}
