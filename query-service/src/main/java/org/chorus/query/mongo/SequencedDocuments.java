package org.chorus.query.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The documents of a projection that keeps one document per aggregate, each carrying the sequence of the last event
 * applied to it: read and written straight to the collection (the live consumers, {@link #stored}), or through a
 * single writer's buffer flushed once per poll ({@link BufferedDocuments}, a rebuild). Every write is conditional on
 * that sequence, as the projection reasons about it.
 */
public interface SequencedDocuments {

    /**
     * A collection written one document at a time.
     *
     * @param lastSequence the field holding the sequence of the last event applied
     * @param decidedOn    the fields {@link #current} reads: those the projection decides on
     */
    static SequencedDocuments stored(MongoCollection<Document> collection, String lastSequence, String... decidedOn) {
        return new StoredDocuments(collection, lastSequence, Projections.include(decidedOn));
    }

    /** The document, at least the fields the projection decides on; null when there is none. */
    @Nullable Document current(String id);

    /** The whole document; null when there is none. */
    @Nullable Document whole(String id);

    /** Inserts an aggregate's first document; false when it already has one. */
    boolean insert(Document created);

    /** Applies the change when the last sequence is {@code last}; the changed document, or null when it is not. */
    @Nullable Document update(String id, long last, Bson change);

    /** Replaces the document when the last sequence is {@code last}; false when it is not. */
    boolean replace(String id, long last, Document replacement);
}
