package org.chorus.query.rebuild;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/** Declares in a fresh database the indexes the active one has, before the rebuild writes (unique ones matter). */
final class IndexCopy {

    private IndexCopy() {
    }

    static void copy(MongoDatabase from, MongoDatabase to) {
        for (String collection : from.listCollectionNames()) {
            if (collection.startsWith("system.")) {
                continue;
            }
            for (Document index : from.getCollection(collection).listIndexes()) {
                String name = index.getString("name");
                if (!"_id_".equals(name)) {
                    to.getCollection(collection).createIndex(index.get("key", Document.class), new IndexOptions()
                            .name(name).unique(index.getBoolean("unique", false))
                            .sparse(index.getBoolean("sparse", false)));
                }
            }
        }
    }
}
