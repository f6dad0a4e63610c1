package org.chorus.query.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sharded cluster is asked to shard the named collections of the active database at start, and of every rebuild
 * target before the rebuild fills it; without names nothing is asked. The wire server plays the cluster's router: it
 * cannot shard, so it answers the two sharding commands itself and remembers them.
 */
class HashedShardingTest {
    private final List<de.bwaldvogel.mongo.bson.Document> asked = new CopyOnWriteArrayList<>();
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend() {
            @Override
            public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
                    de.bwaldvogel.mongo.bson.Document query) {
                if (command.equals("enableSharding") || command.equals("shardCollection")) {
                    asked.add(query);
                    return new de.bwaldvogel.mongo.bson.Document("ok", 1.0);
                }
                return super.handleCommand(channel, database, command, query);
            }
        });
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theActiveDatabaseAndEachRebuildTargetAreShardedOnHashedId() {
        ActiveDatabase active = new ActiveDatabase(client, "chorus",
                new HashedSharding(client, List.of("stories", "story_counted")));

        assertThat(sharded()).containsExactly("enableSharding chorus", "chorus.stories {\"_id\": \"hashed\"}",
                "chorus.story_counted {\"_id\": \"hashed\"}");

        asked.clear();
        String target = active.nextRebuildTarget();
        assertThat(sharded()).containsExactly("enableSharding " + target,
                target + ".stories {\"_id\": \"hashed\"}", target + ".story_counted {\"_id\": \"hashed\"}");
    }

    @Test
    void withoutCollectionsNothingIsAsked() {
        ActiveDatabase active = new ActiveDatabase(client, "chorus", new HashedSharding(client, List.of()));
        active.nextRebuildTarget();

        assertThat(asked).isEmpty();
    }

    private List<String> sharded() {
        return asked.stream().map(command -> command.containsKey("enableSharding")
                ? "enableSharding " + command.get("enableSharding")
                : command.get("shardCollection") + " " + Document.parse(command.get("key").toString()).toJson())
                .toList();
    }
}
