package org.chorus.query.mongo;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The documents of a database only one writer fills (a rebuild's fresh database), read in one request per poll for
 * the aggregates the poll's records name ({@link #load}) and written in one unordered bulk write per poll
 * ({@link #flush}): each document changed since the last flush replaced once, whole, by its latest state. The
 * conditions of the projection's writes are checked here, in memory, against the buffered documents, which nothing
 * else changes. Until {@link #flush} returns, a read of the collection does not see the changes.
 */
public final class BufferedDocuments implements SequencedDocuments, PollBuffer {
    private final ById documents;
    private final String topic;
    private final String lastSequence;

    /**
     * @param topic        the event topic whose record keys are the ids of these documents
     * @param lastSequence the field holding the sequence of the last event applied
     */
    public BufferedDocuments(MongoCollection<Document> collection, String topic, String lastSequence) {
        this.documents = new ById(collection);
        this.topic = topic;
        this.lastSequence = lastSequence;
    }

    @Override
    public void load(PollKeys keys) {
        documents.load(keys.of(topic));
    }

    @Override
    public void flush() {
        documents.flush();
    }

    /** How many documents wait for the next flush. */
    public int pending() {
        return documents.pending();
    }

    @Override
    public @Nullable Document current(String id) {
        return documents.get(id);
    }

    @Override
    public @Nullable Document whole(String id) {
        return current(id);
    }

    @Override
    public boolean insert(Document created) {
        String id = created.getString("_id");
        if (current(id) != null) {
            return false;
        }
        documents.put(id, created);
        return true;
    }

    @Override
    public @Nullable Document update(String id, long last, Bson change) {
        Document now = current(id);
        if (now == null || sequenceOf(now) != last) {
            return null;
        }
        Document next = DocumentUpdate.applied(now, change);
        documents.put(id, next);
        return next;
    }

    @Override
    public boolean replace(String id, long last, Document replacement) {
        Document now = current(id);
        if (now == null || sequenceOf(now) != last) {
            return false;
        }
        documents.put(id, replacement);
        return true;
    }

    private long sequenceOf(Document document) {
        return ((Number) document.get(lastSequence)).longValue();
    }
}
