package org.chorus.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a sharded MongoDB cluster, the read models' large collections ({@code chorus.mongo.sharded-collections}) are
 * sharded on hashed {@code _id}: every hot read and conditional write names one {@code _id}, so each goes to one
 * shard. A read-model database is prepared before anything is written to it, the active one at start and each
 * rebuild's fresh one, since a rebuild fills a database of its own. The conditional-write indexes
 * ({@link IdCondition}) begin with {@code _id} and so stay unique under any shard key. With no collections named
 * (the default, and the embedded store, which cannot shard) nothing is sent.
 */
public final class HashedSharding {
    private static final Logger log = LoggerFactory.getLogger(HashedSharding.class);

    private final MongoClient client;
    private final List<String> collections;

    public HashedSharding(MongoClient client, List<String> collections) {
        this.client = client;
        this.collections = List.copyOf(collections);
    }

    static HashedSharding none(MongoClient client) {
        return new HashedSharding(client, List.of());
    }

    /** Shards the collections of the database; repeating it changes nothing. */
    void prepare(String database) {
        if (collections.isEmpty()) {
            return;
        }
        for (String collection : collections) {
            // shardCollection needs an index on the shard key when the collection already holds documents
            client.getDatabase(database).getCollection(collection).createIndex(Indexes.hashed("_id"));
        }
        commands(database, collections).forEach(command -> client.getDatabase("admin").runCommand(command));
        log.info("database {}: {} sharded on hashed _id", database, collections);
    }

    /** The admin commands that shard these collections of the database on hashed {@code _id}. */
    static List<Document> commands(String database, List<String> collections) {
        List<Document> commands = new ArrayList<>();
        commands.add(new Document("enableSharding", database));
        collections.forEach(collection -> commands.add(new Document("shardCollection", database + "." + collection)
                .append("key", new Document("_id", "hashed"))));
        return commands;
    }
}
