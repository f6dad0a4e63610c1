package org.chorus.query.session;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.chorus.kernel.event.Topics;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.mongo.ById;
import org.chorus.query.mongo.PollBuffer;
import org.chorus.query.mongo.PollKeys;

/**
 * The sessions of a database a rebuild fills alone: the sessions a poll names read in one request, their events and
 * last sequences kept in memory, and everything written when flushed. Event documents are replaced by id and
 * citations added to sets, in the order they were made, so a flush cut short by an outage is simply repeated.
 */
public final class BufferedSessions implements SessionStore, PollBuffer {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final BufferedDocuments sessions;
    private final ById events;
    private final MongoCollection<Document> citations;
    private final List<WriteModel<Document>> cited = new ArrayList<>();

    public BufferedSessions(MongoDatabase database) {
        this.sessions = new BufferedDocuments(database.getCollection(SessionFields.SESSIONS), Topics.SESSION_EVENTS,
                SessionFields.LAST_SEQUENCE);
        this.events = new ById(database.getCollection(SessionFields.EVENTS));
        this.citations = database.getCollection(CitationFields.COLLECTION);
    }

    @Override
    public void load(PollKeys keys) {
        sessions.load(keys);
    }

    // the sessions last: a session's last sequence never names an event not written yet
    @Override
    public void flush() {
        events.flush();
        if (!cited.isEmpty()) {
            citations.bulkWrite(cited, new BulkWriteOptions().ordered(true));
            cited.clear();
        }
        sessions.flush();
    }

    @Override
    public long lastSequence(String sessionId) {
        return SessionLog.lastSequenceOf(sessions.current(sessionId));
    }

    // nothing to read first: an event beyond the session's last sequence can only be one this rebuild kept already
    @Override
    public void keep(Document event) {
        events.put(event.getString(SessionFields.ID), event);
    }

    @Override
    public List<Document> events(Collection<String> ids) {
        events.load(ids);
        return ids.stream().map(events::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void cite(String storyId, Document citation) {
        cited.add(new UpdateOneModel<>(eq(CitationFields.ID, storyId), addToSet(CitationFields.CITED_BY, citation),
                UPSERT));
    }

    @Override
    public boolean start(String sessionId) {
        return sessions.insert(new Document(SessionFields.ID, sessionId).append(SessionFields.LAST_SEQUENCE, 0L));
    }

    @Override
    public boolean advance(String sessionId, long sequence) {
        return sessions.update(sessionId, sequence - 1, set(SessionFields.LAST_SEQUENCE, sequence)) != null;
    }
}
