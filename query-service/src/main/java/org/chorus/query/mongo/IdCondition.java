package org.chorus.query.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The filter of a conditional single-document write, {@code {_id: id, field: value}} as one plain document, and the
 * unique index on {@code (_id, field)} that answers it. MongoDB finds the document by {@code _id} either way. The wire
 * server uses an index only when the filter's fields are exactly that index's fields, each with a plain value: without
 * the compound index, or with the filter built by {@code Filters.and} (which renders as {@code $and}), every such write
 * scans the whole collection, and a projection slows down as its collection grows.
 */
public final class IdCondition {

    private IdCondition() {
    }

    /** The document whose {@code _id} is {@code id}, only while {@code field} holds exactly {@code value}. */
    public static Bson filter(Object id, String field, Object value) {
        return new Document("_id", id).append(field, value);
    }

    /** Declares the unique index on {@code (_id, field)}; unique because {@code _id} is, so it refuses nothing. */
    public static void declare(MongoCollection<Document> collection, String field) {
        collection.createIndex(Indexes.ascending("_id", field), new IndexOptions().unique(true).name("_id_" + field));
    }
}
