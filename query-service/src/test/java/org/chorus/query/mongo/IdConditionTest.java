package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A conditional write through {@link IdCondition} takes only at the expected value, on both wire-server backends
 * (memory in the tests, the file backend in the local stack), and its filter is the plain two-field document the
 * wire server can answer from the declared index.
 */
class IdConditionTest {

    @TempDir
    static Path folder;

    static Stream<MongoBackend> backends() {
        return Stream.of(new MemoryBackend(), new H2Backend(folder.resolve("condition.mv").toString()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aWriteTakesOnlyAtTheExpectedValueAndTheIndexRefusesNothing(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> stories = client.getDatabase("condition").getCollection("stories");
            IdCondition.declare(stories, "lastSequence");
            IdCondition.declare(stories, "lastSequence");
            stories.insertOne(new Document("_id", "s1").append("lastSequence", 3L).append("title", "first"));
            stories.insertOne(new Document("_id", "s2").append("lastSequence", 3L).append("title", "other"));

            assertThat(stories.updateOne(IdCondition.filter("s1", "lastSequence", 2L), set("title", "stale"))
                    .getMatchedCount()).isZero();
            assertThat(stories.updateOne(IdCondition.filter("s1", "lastSequence", 3L),
                    set("lastSequence", 4L)).getMatchedCount()).isEqualTo(1);
            assertThat(stories.updateOne(IdCondition.filter("s1", "lastSequence", 3L), set("title", "replayed"))
                    .getMatchedCount()).as("the same condition again, after the write moved on").isZero();

            assertThat(stories.find(eq("_id", "s1")).first()).containsEntry("lastSequence", 4L)
                    .containsEntry("title", "first");
            assertThat(stories.find(eq("_id", "s2")).first()).containsEntry("lastSequence", 3L);
            List<Document> indexes = stories.listIndexes().into(new ArrayList<>());
            assertThat(indexes).filteredOn(index -> index.getString("name").equals("_id_lastSequence"))
                    .singleElement().satisfies(index -> assertThat(index.getBoolean("unique")).isTrue());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void theFilterIsOnePlainDocumentOfExactlyTheIdAndTheField() {
        // the wire server answers a filter from an index only when its fields are exactly the index's, with plain
        // values; Filters.and would render as {$and: [...]} and scan the collection
        assertThat(IdCondition.filter("s1", "lastSequence", 7L).toBsonDocument().toJson())
                .isEqualTo("{\"_id\": \"s1\", \"lastSequence\": 7}");
    }
}
