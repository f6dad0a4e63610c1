package org.chorus.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The content hash sees every difference in the read models and none in the delivery bookkeeping. */
class ContentHashTest {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase left = client.getDatabase("hash-" + UUID.randomUUID());
    private final MongoDatabase right = client.getDatabase("hash-" + UUID.randomUUID());

    @AfterEach
    void drop() {
        left.drop();
        right.drop();
        client.close();
    }

    @Test
    void sameDocumentsWrittenInAnotherOrderHashTheSame() {
        fill(left, 3, 100L);
        right.getCollection("stories").insertOne(story("s2"));
        right.getCollection("stories").insertOne(new Document("lastSequence", 2L).append("_id", "s1")
                .append("themes", List.of("ACCESS")).append("approvedAt", new Date(1_000)));
        right.getCollection("stories").insertOne(story("s3"));
        right.getCollection("theme_counts").insertOne(new Document("_id", "k").append("n", 3L)
                .append("ops", List.of("other:1")));
        right.getCollection("story_arrivals").insertOne(new Document("_id", 7L).append("storyId", "s1")
                .append("loggedAt", new Date(99)));
        right.getCollection("consumer_positions").insertOne(new Document("_id", "chorus.story.events-0")
                .append("offset", 42L));

        ReadModelDigest a = ContentHash.of(left);
        ReadModelDigest b = ContentHash.of(right);

        assertThat(b.contentHash()).isEqualTo(a.contentHash()).hasSize(64);
        assertThat(a.documents()).containsEntry("stories", 3L).containsEntry("theme_counts", 1L)
                .containsEntry("story_arrivals", 1L).doesNotContainKey("consumer_positions");
    }

    @Test
    void oneDifferentValueChangesTheHash() {
        fill(left, 3, 100L);
        fill(right, 3, 100L);
        assertThat(ContentHash.of(right).contentHash()).isEqualTo(ContentHash.of(left).contentHash());

        right.getCollection("stories").updateOne(new Document("_id", "s3"),
                new Document("$set", new Document("themes", List.of("ACCESS", "TRUST"))));

        assertThat(ContentHash.of(right).contentHash()).isNotEqualTo(ContentHash.of(left).contentHash());
    }

    @Test
    void citationsAreASetWhateverOrderTheSessionsWereReadIn() {
        Document a = new Document("sessionId", "a");
        Document b = new Document("sessionId", "b").append("decisionId", "d");
        left.getCollection("story_citations").insertOne(new Document("_id", "s1").append("citedBy", List.of(a, b)));
        right.getCollection("story_citations").insertOne(new Document("_id", "s1").append("citedBy", List.of(b, a)));
        assertThat(ContentHash.of(right).contentHash()).isEqualTo(ContentHash.of(left).contentHash());

        right.getCollection("story_citations").updateOne(new Document("_id", "s1"),
                new Document("$set", new Document("citedBy", List.of(b))));
        assertThat(ContentHash.of(right).contentHash()).isNotEqualTo(ContentHash.of(left).contentHash());
    }

    @Test
    void aMissingDocumentChangesTheHash() {
        fill(left, 3, 100L);
        fill(right, 3, 100L);

        right.getCollection("stories").deleteOne(new Document("_id", "s3"));

        assertThat(ContentHash.of(right).contentHash()).isNotEqualTo(ContentHash.of(left).contentHash());
        assertThat(ContentHash.of(right).documents()).containsEntry("stories", 2L);
    }

    /**
     * Live, a counter a story left stays at zero, and a withdrawn story keeps a record of nothing counted, changed at
     * its own version; a rebuild that derives the counters from the stories writes neither, at version 1.
     */
    @Test
    void countersAtZeroAndRecordsOfNothingCountedSayWhatTheirAbsenceSays() {
        fill(left, 3, 100L);
        fill(right, 3, 100L);
        left.getCollection("story_totals").insertOne(new Document("_id", "N|place|BROMLEY").append("n", 0)
                .append("dimension", "place").append("value", "BROMLEY").append("v", 2L));
        left.getCollection("story_counted").insertOne(new Document("_id", "s9").append("version", 2L)
                .append("counted", List.of()).append("stage", 4L));
        left.getCollection("story_counted").insertOne(new Document("_id", "s1").append("version", 3L)
                .append("counted", List.of("N|status|APPROVED")).append("stage", 6L));
        right.getCollection("story_counted").insertOne(new Document("_id", "s1").append("version", 1L)
                .append("counted", List.of("N|status|APPROVED")).append("stage", 2L));

        assertThat(ContentHash.of(right).contentHash()).isEqualTo(ContentHash.of(left).contentHash());

        right.getCollection("story_counted").insertOne(new Document("_id", "s8").append("version", 1L)
                .append("counted", List.of()).append("target", List.of("N|status|APPROVED")).append("stage", 3L));
        assertThat(ContentHash.of(right).contentHash()).as("a change half made says something")
                .isNotEqualTo(ContentHash.of(left).contentHash());
    }

    private static void fill(MongoDatabase database, int stories, long offset) {
        database.drop();
        for (int i = 1; i <= stories; i++) {
            database.getCollection("stories").insertOne(story("s" + i));
        }
        database.getCollection("theme_counts").insertOne(new Document("_id", "k").append("n", 3L)
                .append("ops", List.of("s1:1", "s2:1")));
        database.getCollection("story_arrivals").insertOne(new Document("_id", 1L).append("storyId", "s1")
                .append("loggedAt", new Date()));
        database.getCollection("consumer_positions").insertOne(new Document("_id", "chorus.story.events-0")
                .append("offset", offset));
    }

    private static Document story(String id) {
        return new Document("_id", id).append("lastSequence", 2L).append("approvedAt", new Date(1_000))
                .append("themes", List.of("ACCESS"));
    }
}
