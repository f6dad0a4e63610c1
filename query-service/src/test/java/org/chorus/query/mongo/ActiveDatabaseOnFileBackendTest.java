package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching twice drops the database before the previous one. On the Mongo wire server's file backend (what the
 * local stack runs) that must leave the control document and the active database whole, and a restart must find
 * them: the server's dropDatabase unregistered every database whose name merely started with the dropped one's.
 */
class ActiveDatabaseOnFileBackendTest {

    @TempDir
    Path folder;

    @Test
    void twoSwitchesKeepThePointerAndTheActiveDataAcrossARestart() {
        Path file = folder.resolve("chorus.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        String uri = "mongodb://" + hostAndPort(server.bind());
        try (MongoClient client = MongoClients.create(uri)) {
            ActiveDatabase active = new ActiveDatabase(client, "chorus");
            client.getDatabase("chorus").getCollection("stories").insertOne(new Document("_id", "original"));
            for (int rebuild = 1; rebuild <= 2; rebuild++) {
                String target = active.nextRebuildTarget();
                MongoDatabase fresh = client.getDatabase(target);
                fresh.getCollection("stories").insertOne(new Document("_id", "rebuilt").append("by", target));
                fresh.getCollection("consumer_positions").insertOne(new Document("_id", "p").append("offset", 1));
                active.switchTo(target);
            }
            assertThat(active.active()).isEqualTo("chorus_r2");
            assertThat(client.getDatabase("chorus").listCollectionNames()).isEmpty();
        } finally {
            server.shutdownNow();
        }

        MongoServer again = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(again.bind()))) {
            ActiveDatabase restarted = new ActiveDatabase(client, "chorus");
            assertThat(restarted.active()).isEqualTo("chorus_r2");
            MongoDatabase serving = restarted.proxy();
            assertThat(serving.getCollection("stories").find(eq("_id", "rebuilt")).first())
                    .containsEntry("by", "chorus_r2");
            serving.getCollection("consumer_positions").updateOne(eq("_id", "p"),
                    new Document("$set", new Document("offset", 2)));
            assertThat(serving.getCollection("consumer_positions").find(eq("_id", "p")).first())
                    .containsEntry("offset", 2);
            assertThat(restarted.nextRebuildTarget()).isEqualTo("chorus_r3");
        } finally {
            again.shutdownNow();
        }
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
