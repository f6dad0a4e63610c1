package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An update applied in memory leaves the document the server leaves, or is refused. */
class DocumentUpdateTest {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("update-" + UUID.randomUUID());
    private final MongoCollection<Document> collection = database.getCollection("things");
    private final Document start = new Document("_id", "s").append("lastSequence", 0L)
            .append("counts", new Document("a", 1L)).append("tags", List.of("x"))
            .append("cited", List.of(new Document("sessionId", "1")));

    @AfterEach
    void drop() {
        database.drop();
        client.close();
    }

    @Test
    void eachUpdateTheProjectionsWriteEndsAsOnTheServer() {
        List<Bson> updates = List.of(
                Updates.combine(Updates.set("status", "APPROVED"), Updates.unset("counts"),
                        Updates.push("responses", "thanks")),
                Updates.push("tags", "x"),
                Updates.addToSet("tags", "x"),
                Updates.addToSet("tags", "y"),
                Updates.addToSet("cited", new Document("sessionId", "1")),
                Updates.addToSet("cited", new Document("sessionId", "1").append("decisionId", "d")),
                Updates.addToSet("fresh", "first"),
                Updates.combine(Updates.inc("counts.a", 5L), Updates.inc("counts.b", 2L), Updates.inc("total", 7L),
                        Updates.inc("byWeek.2026-W48", 3L), Updates.set("lastSequence", 1L)));
        for (Bson update : updates) {
            collection.deleteMany(new Document());
            collection.insertOne(start);

            collection.updateOne(eq("_id", "s"), update);

            assertThat(DocumentUpdate.applied(start, update)).as(update.toString())
                    .isEqualTo(collection.find(eq("_id", "s")).first());
        }
        assertThat(start).containsEntry("counts", new Document("a", 1L)).doesNotContainKey("status");
    }

    @Test
    void anUpdateItCannotApplyAsTheServerWouldIsRefused() {
        assertThatThrownBy(() -> DocumentUpdate.applied(start, Updates.set("counts.a", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts.a");
        assertThatThrownBy(() -> DocumentUpdate.applied(start, Updates.max("lastSequence", 3L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$max");
        assertThatThrownBy(() -> DocumentUpdate.applied(start, Updates.inc("tags.0", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tags.0");
        assertThatThrownBy(() -> DocumentUpdate.applied(start, Updates.inc("counts.a", 1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole numbers");
    }
}
