package org.chorus.query.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;

/**
 * Two fresh databases on the tests' Mongo: one a projection writes step by step as the live consumers do, one a
 * rebuild's buffer fills. Closing drops both; a test keeps it in a field marked {@code @AutoClose}.
 */
public final class LiveAndRebuilt implements AutoCloseable {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    public final MongoDatabase live = client.getDatabase("live-" + UUID.randomUUID());
    public final MongoDatabase rebuilt = client.getDatabase("rebuilt-" + UUID.randomUUID());

    @Override
    public void close() {
        live.drop();
        rebuilt.drop();
        client.close();
    }
}
