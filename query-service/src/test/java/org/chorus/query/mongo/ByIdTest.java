package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Documents held by id between two flushes: the server sees nothing until the flush, then each changed one, once. */
class ByIdTest {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("by-id-" + UUID.randomUUID());
    private final MongoCollection<Document> collection = database.getCollection("things");
    private final ById held = new ById(collection);

    @AfterEach
    void drop() {
        database.drop();
        client.close();
    }

    @Test
    void readsWhatIsThereAndWritesOnlyWhenFlushed() {
        collection.insertOne(new Document("_id", "a").append("n", 1));
        held.load(List.of("a", "b"));

        assertThat(held.get("a")).containsEntry("n", 1);
        assertThat(held.get("b")).isNull();

        held.put("a", new Document("_id", "a").append("n", 2));
        held.put("b", new Document("_id", "b").append("n", 1));
        held.put("b", new Document("_id", "b").append("n", 3));

        assertThat(held.get("a")).containsEntry("n", 2);
        assertThat(held.pending()).isEqualTo(2);
        assertThat(all()).containsExactly(new Document("_id", "a").append("n", 1));

        held.flush();

        assertThat(held.pending()).isZero();
        assertThat(all()).containsExactly(new Document("_id", "a").append("n", 2), new Document("_id", "b").append("n", 3));
    }

    @Test
    void aFlushRepeatedAfterAnOutageLeavesTheSameDocuments() {
        held.put(7L, new Document("_id", 7L).append("story", "x"));
        List<Document> written = new ArrayList<>();
        held.flush();
        collection.find().into(written);

        ById again = new ById(collection);
        again.put(7L, new Document("_id", 7L).append("story", "x"));
        again.flush();

        assertThat(all()).isEqualTo(written);
    }

    @Test
    void whatWasReadIsForgottenAtTheFlushSoTheNextPollReadsAgain() {
        held.load(List.of("a"));
        collection.insertOne(new Document("_id", "a").append("n", 9));
        assertThat(held.get("a")).isNull();

        held.flush();

        assertThat(held.get("a")).containsEntry("n", 9);
        assertThat(collection.find(eq("_id", "a")).first()).containsEntry("n", 9);
    }

    private List<Document> all() {
        return collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
