package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/** The collection itself: each call one round trip, each write conditional in the server ({@link IdCondition}). */
final class StoredDocuments implements SequencedDocuments {
    private static final String ID = "_id";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> collection;
    private final String lastSequence;
    private final Bson decidedOn;

    StoredDocuments(MongoCollection<Document> collection, String lastSequence, Bson decidedOn) {
        this.collection = collection;
        this.lastSequence = lastSequence;
        this.decidedOn = decidedOn;
    }

    @Override
    public @Nullable Document current(String id) {
        return collection.find(eq(ID, id)).projection(decidedOn).first();
    }

    @Override
    public @Nullable Document whole(String id) {
        return collection.find(eq(ID, id)).first();
    }

    @Override
    public boolean insert(Document created) {
        return InsertOnce.insert(collection, created);
    }

    // the changed document comes back with the write, so no one need read it again
    @Override
    public @Nullable Document update(String id, long last, Bson change) {
        return collection.findOneAndUpdate(IdCondition.filter(id, lastSequence, last), change, AFTER);
    }

    @Override
    public boolean replace(String id, long last, Document replacement) {
        return collection.replaceOne(IdCondition.filter(id, lastSequence, last), replacement).getMatchedCount() == 1;
    }
}
