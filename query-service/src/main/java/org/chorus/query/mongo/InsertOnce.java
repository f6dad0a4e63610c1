package org.chorus.query.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** An insert that a redelivery may repeat: the first one wins, a later one finds its document there. */
public final class InsertOnce {

    private InsertOnce() {
    }

    /** False when a document with that id exists already: an earlier delivery wrote it. */
    public static boolean insert(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
