package org.chorus.query.insight.counts;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every event of a story's life is interrupted after its story write and after each of its counter writes, then
 * redelivered: the counts come out exact whichever write was the last before the crash.
 */
class StoryCounterCrashTest {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final KeyRing keys = new KeyRing();

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest(name = "crash after {0} counter writes")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void redeliveryAfterACrashPartWayThroughTheCounterWritesLeavesExactCounts(int writesBeforeCrash) {
        MongoDatabase database = client.getDatabase("crash-" + UUID.randomUUID());
        Counters counters = new Counters(database);
        StoryProjection crashing = projection(database, new StoryCounter(database, new Crash(counters,
                writesBeforeCrash)));
        StoryProjection healthy = projection(database, new StoryCounter(database, counters));
        BruteForce bruteForce = new BruteForce(database);
        StoryCounts counts = new StoryCounts(database, bruteForce::themes);
        int crashes = 0;

        for (Delivery delivery : life()) {
            try {
                crashing.apply(delivery.event(), delivery.sequence(), delivery.at());
            } catch (Crash.Died died) {
                crashes++;
            }
            healthy.apply(delivery.event(), delivery.sequence(), delivery.at());

            assertThat(counts.totals()).isEqualTo(bruteForce.totals());
            for (StoryFilter filter : BruteForce.bucketFilters()) {
                assertThat(counts.themes(filter)).isEqualTo(bruteForce.themes(filter));
            }
        }
        assertThat(crashes).as("events interrupted").isPositive();
        assertThat(counts.totals().byTheme()).containsEntry("TRUST", 2L).containsEntry("HOUSING", 1L);
        assertStagesFollowVersions(database);
    }

    @Test
    void recordsWrittenBeforeTheStageFieldCarryOnAndGainIt() {
        MongoDatabase database = client.getDatabase("crash-" + UUID.randomUUID());
        Counters counters = new Counters(database);
        StoryProjection crashing = projection(database, new StoryCounter(database, new Crash(counters, 3)));
        StoryProjection healthy = projection(database, new StoryCounter(database, counters));
        BruteForce bruteForce = new BruteForce(database);
        StoryCounts counts = new StoryCounts(database, bruteForce::themes);
        MongoCollection<Document> counted = database.getCollection(CounterFields.COUNTED);

        for (Delivery delivery : life()) {
            // every record as an older version wrote it, an interrupted target included
            counted.updateMany(new Document(), unset(CounterFields.STAGE));
            try {
                crashing.apply(delivery.event(), delivery.sequence(), delivery.at());
            } catch (Crash.Died died) {
                counted.updateMany(new Document(), unset(CounterFields.STAGE));
            }
            healthy.apply(delivery.event(), delivery.sequence(), delivery.at());

            assertThat(counts.totals()).isEqualTo(bruteForce.totals());
            assertThat(counts.themes(StoryFilter.none())).isEqualTo(bruteForce.themes(StoryFilter.none()));
        }
        assertThat(counted.find(exists(CounterFields.STAGE)).into(new ArrayList<>())).as("records written again")
                .isNotEmpty();
        assertStagesFollowVersions(database);
    }

    // a record's stage is twice its version, plus one while it has a target
    private static void assertStagesFollowVersions(MongoDatabase database) {
        for (Document record : database.getCollection(CounterFields.COUNTED).find(exists(CounterFields.STAGE))) {
            long version = ((Number) record.get(CounterFields.VERSION)).longValue();
            long stage = ((Number) record.get(CounterFields.STAGE)).longValue();
            assertThat(stage).as(record.toJson())
                    .isEqualTo(2 * version + (record.containsKey(CounterFields.TARGET) ? 1 : 0));
        }
    }

    @Test
    void redeliveryAfterACrashBetweenTheStoryWriteAndTheCounterWritesLeavesExactCounts() {
        MongoDatabase database = client.getDatabase("crash-" + UUID.randomUUID());
        StoryProjection withoutCounters = new StoryProjection(database, keys);
        StoryProjection healthy = projection(database, new StoryCounter(database));
        BruteForce bruteForce = new BruteForce(database);
        StoryCounts counts = new StoryCounts(database, bruteForce::themes);

        for (Delivery delivery : life()) {
            withoutCounters.apply(delivery.event(), delivery.sequence(), delivery.at());
            assertThat(healthy.apply(delivery.event(), delivery.sequence(), delivery.at())).isFalse();

            assertThat(counts.totals()).isEqualTo(bruteForce.totals());
            assertThat(counts.themes(StoryFilter.none())).isEqualTo(bruteForce.themes(StoryFilter.none()));
        }
        assertThat(counts.totals().byStatus()).containsEntry("APPROVED", 2L);
    }

    private StoryProjection projection(MongoDatabase database, StoryCounter counter) {
        return new StoryProjection(database, keys, StoryFollower.NONE, List::of, List.of(counter));
    }

    // two stories, each event changing several counters at once
    private List<Delivery> life() {
        StoryId one = new StoryId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
        StoryId two = new StoryId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
        StoryId three = new StoryId(UUID.fromString("00000000-0000-4000-8000-000000000003"));
        List<Delivery> life = new ArrayList<>();
        life.add(new Delivery(Stories.submittedAbout(one, "LEWISHAM", Feeling.NEGATIVE,
                List.of("MATERNITY", "MENTAL_HEALTH")), 0, "2026-06-01T08:00:00Z"));
        life.add(new Delivery(Stories.approved(one, keys.seal("k1", "One", "Words.")), 1, "2026-06-30T23:30:00Z"));
        life.add(new Delivery(Stories.coded(one, List.of("ACCESS", "TRUST", "HOUSING"), List.of()), 2,
                "2026-07-02T08:00:00Z"));
        life.add(new Delivery(Stories.submittedAbout(two, "BROMLEY", Feeling.POSITIVE, List.of("MATERNITY")), 0,
                "2026-06-01T08:00:00Z"));
        life.add(new Delivery(Stories.approved(two, keys.seal("k2", "Two", "Words.")), 1, "2026-06-15T10:00:00Z"));
        life.add(new Delivery(Stories.coded(two, List.of("TRUST", "ACCESS"), List.of()), 2, "2026-07-02T08:00:00Z"));
        life.add(new Delivery(Stories.consent(one, false), 3, "2026-07-03T08:00:00Z"));
        life.add(new Delivery(Stories.consent(one, true), 4, "2026-07-04T08:00:00Z"));
        life.add(new Delivery(Stories.coded(one, List.of(), List.of("ACCESS")), 5, "2026-07-05T08:00:00Z"));
        life.add(new Delivery(Stories.coded(two, List.of(), List.of("ACCESS")), 3, "2026-07-05T08:00:00Z"));
        life.add(new Delivery(Stories.submittedAbout(three, "BROMLEY", Feeling.MIXED, List.of("MATERNITY")), 0,
                "2026-06-01T08:00:00Z"));
        life.add(new Delivery(Stories.approved(three, keys.seal("k3", "Three", "Words.")), 1, "2026-06-15T10:00:00Z"));
        life.add(new Delivery(Stories.coded(three, List.of("TRUST", "ACCESS"), List.of()), 2, "2026-07-02T08:00:00Z"));
        life.add(new Delivery(Stories.withdrawn(three), 3, "2026-07-06T08:00:00Z"));
        return life;
    }

    private record Delivery(StoryEvent event, long sequence, Instant at) {
        Delivery(StoryEvent event, long sequence, String at) {
            this(event, sequence, Instant.parse(at));
        }
    }
}
