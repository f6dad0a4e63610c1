package org.chorus.query.insight.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Story events through the real projection; the counters must always agree with a count over the stories. */
class StoryCountsProjectionTest {
    private static final Instant SUBMITTED = Instant.parse("2026-06-01T08:00:00Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("counts-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final StoryProjection projection = new StoryProjection(database, keys, StoryFollower.NONE, List::of,
            List.of(new StoryCounter(database)));
    private final BruteForce bruteForce = new BruteForce(database);
    private final StoryCounts counts = new StoryCounts(database, bruteForce::themes);
    private final List<Applied> history = new ArrayList<>();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void countersFollowEveryKindOfStoryEventAndIgnoreRedelivery() {
        StoryId lewisham = StoryId.random();
        apply(lewisham, Stories.submittedAbout(lewisham, "LEWISHAM", Feeling.NEGATIVE, List.of("MATERNITY")));
        apply(lewisham, Stories.approved(lewisham, keys.seal("k1", "Waiting", "We waited.")),
                "2026-06-10T10:00:00Z");
        apply(lewisham, Stories.coded(lewisham, List.of("ACCESS", "TRUST"), List.of()));

        StoryId bromley = StoryId.random();
        apply(bromley, Stories.submittedAbout(bromley, "BROMLEY", Feeling.POSITIVE,
                List.of("MATERNITY", "MENTAL_HEALTH")));
        // 23:30 UTC on 30 June is 00:30 on 1 July in London: a July story
        apply(bromley, Stories.approved(bromley, keys.seal("k2", "Kind", "Kind staff.")), "2026-06-30T23:30:00Z");
        apply(bromley, Stories.coded(bromley, List.of("ACCESS"), List.of()));
        apply(bromley, Stories.coded(bromley, List.of("HOUSING", "TRUST"), List.of("ACCESS")));

        StoryId pending = StoryId.random();
        apply(pending, Stories.submittedAbout(pending, "LEWISHAM", Feeling.MIXED, List.of()));
        StoryId rejected = StoryId.random();
        apply(rejected, Stories.submittedAbout(rejected, "LEWISHAM", Feeling.MIXED, List.of()));
        apply(rejected, new StoryRejectedEvent(rejected, "moderator", null));
        StoryId escalated = StoryId.random();
        apply(escalated, Stories.submittedAbout(escalated, "BROMLEY", Feeling.MIXED, List.of()));
        apply(escalated, new StoryEscalatedEvent(escalated, "moderator", null));

        StoryId optedOut = StoryId.random();
        apply(optedOut, Stories.submittedAbout(optedOut, "LEWISHAM", Feeling.NEGATIVE, List.of("MATERNITY")));
        apply(optedOut, Stories.approved(optedOut, keys.seal("k3", "Opted", "Out.")), "2026-07-02T10:00:00Z");
        apply(optedOut, Stories.coded(optedOut, List.of("TRUST"), List.of()));
        apply(optedOut, Stories.consent(optedOut, false));
        assertThat(counts.totals().byTheme()).containsEntry("TRUST", 2L);
        apply(optedOut, Stories.consent(optedOut, true));
        assertThat(counts.totals().byTheme()).containsEntry("TRUST", 3L);

        StoryId withdrawn = StoryId.random();
        apply(withdrawn, Stories.submittedAbout(withdrawn, "BROMLEY", Feeling.NEGATIVE, List.of("MENTAL_HEALTH")));
        apply(withdrawn, Stories.approved(withdrawn, keys.seal("k4", "Gone", "Soon.")), "2026-07-03T10:00:00Z");
        apply(withdrawn, Stories.coded(withdrawn, List.of("ACCESS"), List.of()));
        apply(withdrawn, new StoryRedactedEvent(withdrawn, "moderator", 2, keys.seal("k5", "Gone", "[redacted]"),
                "k4"));
        assertThat(counts.totals().byTheme()).containsEntry("ACCESS", 2L);
        apply(withdrawn, Stories.withdrawn(withdrawn));

        assertThat(counts.totals()).isEqualTo(new StoryTotals(
                Map.of("APPROVED", 3L, "PENDING_MODERATION", 1L, "REJECTED", 1L, "ESCALATED", 1L),
                Map.of("ACCESS", 1L, "TRUST", 3L, "HOUSING", 1L), Map.of("LEWISHAM", 2L, "BROMLEY", 1L)));
        assertThat(counts.themes(StoryFilter.none()).themes()).first().satisfies(trust -> {
            assertThat(trust.theme()).isEqualTo("TRUST");
            assertThat(trust.byMonth()).isEqualTo(Map.of("2026-06", 1L, "2026-07", 2L));
            assertThat(trust.byPlace()).isEqualTo(Map.of("LEWISHAM", 2L, "BROMLEY", 1L));
        });

        List<Applied> everything = List.copyOf(history);
        everything.forEach(applied -> projection.apply(applied.event(), applied.sequence(), applied.at()));
        assertAgreeWithTheStories();
        assertThat(counts.totals().byStatus()).containsEntry("APPROVED", 3L);
    }

    private void apply(StoryId id, StoryEvent event) {
        apply(id, event, "2026-07-20T12:00:00Z");
    }

    private void apply(StoryId id, StoryEvent event, String at) {
        long sequence = history.stream().filter(applied -> applied.event().storyId().equals(id)).count();
        Applied applied = new Applied(event, sequence, sequence == 0 ? SUBMITTED : Instant.parse(at));
        history.add(applied);
        projection.apply(applied.event(), applied.sequence(), applied.at());
        assertAgreeWithTheStories();
    }

    private void assertAgreeWithTheStories() {
        assertThat(counts.totals()).isEqualTo(bruteForce.totals());
        for (StoryFilter filter : BruteForce.bucketFilters()) {
            assertThat(StoryCounts.fromBuckets(filter)).isTrue();
            assertThat(counts.themes(filter)).as("%s", filter).isEqualTo(bruteForce.themes(filter));
        }
    }

    private record Applied(StoryEvent event, long sequence, Instant at) {
    }
}
