package org.chorus.query.insight.arrival;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The arrival log as the projection feeds it, on the Mongo wire server. */
class ArrivalLogTest {
    final KeyRing keys = new KeyRing();
    MongoClient client;
    MongoDatabase database;
    ArrivalLog arrivals;
    StoryProjection projection;

    @BeforeEach
    void store() {
        client = MongoClients.create(MongoWire.uri());
        database = client.getDatabase("arrival-log-" + System.nanoTime());
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    void begin() {
        arrivals = new ArrivalLog(database);
        arrivals.start();
        projection = new StoryProjection(database, keys, event -> { }, List::of, List.of(arrivals));
    }

    @Test
    void logsAStoryOnceWhenItBecomesVisibleWhateverItsApprovalTime() {
        begin();
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id), 0, Instant.now());
        assertThat(arrivals.after(0, 10)).isEmpty();
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.EPOCH);
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.EPOCH);
        projection.apply(Stories.coded(id, List.of("ACCESS"), List.of()), 2, Instant.now());

        assertThat(arrivals.after(0, 10)).containsExactly(new Arrival(1, id.toString()));
        assertThat(arrivals.arrivalOf(id.toString())).isEqualTo(1);
        assertThat(arrivals.last()).isEqualTo(1);
    }

    @Test
    void aCrashAfterTakingANumberLeavesAGapAndTheRedeliveryTakesAFreshOne() {
        begin();
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id), 0, Instant.now());
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.now());
        // as if the consumer had died between taking number 1 and writing its arrival
        database.getCollection(ArrivalFields.ARRIVALS).deleteOne(eq(ArrivalFields.ID, 1L));
        database.getCollection(ArrivalFields.MARKS).updateOne(eq(ArrivalFields.ID, id.toString()),
                new Document("$set", new Document(ArrivalFields.VISIBLE, false)
                        .append(ArrivalFields.PENDING, 1L)));

        arrivals.settled(id.toString(), storyDocument(id));

        assertThat(arrivals.after(0, 10)).containsExactly(new Arrival(2, id.toString()));
        arrivals.settled(id.toString(), storyDocument(id));
        assertThat(arrivals.after(0, 10)).hasSize(1);
    }

    @Test
    void aCrashAfterWritingTheArrivalFinishesTheSameArrival() {
        begin();
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id), 0, Instant.now());
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.now());
        // as if the consumer had died after writing arrival 1 but before marking the story
        database.getCollection(ArrivalFields.MARKS).updateOne(eq(ArrivalFields.ID, id.toString()),
                new Document("$set", new Document(ArrivalFields.VISIBLE, false)
                        .append(ArrivalFields.PENDING, 1L)));

        arrivals.settled(id.toString(), storyDocument(id));

        assertThat(arrivals.after(0, 10)).containsExactly(new Arrival(1, id.toString()));
        assertThat(arrivals.last()).isEqualTo(1);
    }

    @Test
    void storiesVisibleBeforeTheLogBeganDoNotArriveWhenTheyChange() {
        StoryId old = StoryId.random();
        new StoryProjection(database, keys).apply(Stories.submitted(old), 0, Instant.now());
        new StoryProjection(database, keys).apply(
                Stories.approved(old, keys.seal("k-" + old, "Title", "Words")), 1, Instant.now());
        begin();

        projection.apply(Stories.coded(old, List.of("ACCESS"), List.of()), 2, Instant.now());
        assertThat(arrivals.after(0, 10)).isEmpty();

        // hidden and shown again, it does arrive
        projection.apply(Stories.consent(old, false), 3, Instant.now());
        projection.apply(Stories.consent(old, true), 4, Instant.now());
        assertThat(arrivals.after(0, 10)).containsExactly(new Arrival(1, old.toString()));
    }

    @Test
    void withdrawalHidesTheStoryForGood() {
        begin();
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id), 0, Instant.now());
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.now());
        projection.apply(Stories.withdrawn(id), 2, Instant.now());
        projection.apply(Stories.approved(id, keys.seal("k-" + id, "Title", "Words")), 1, Instant.now());

        assertThat(arrivals.after(0, 10)).hasSize(1);
        assertThat(database.getCollection(ArrivalFields.MARKS).find(eq(ArrivalFields.ID, id.toString())).first()
                .getBoolean(ArrivalFields.VISIBLE)).isFalse();
    }

    // the story's document as the projection hands it to its observers
    private Document storyDocument(StoryId id) {
        return database.getCollection(StoryFields.COLLECTION).find(new Document(StoryFields.ID, id.toString())).first();
    }
}
