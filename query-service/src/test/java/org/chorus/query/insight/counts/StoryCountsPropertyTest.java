package org.chorus.query.insight.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.bson.Document;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.story.DerivedFromStories;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many stories living random lives, interleaved, with random crashes part way through the counter writes, repeated
 * crashes on redelivery and stale redeliveries of old events: the counters always end equal to a count over the
 * stories.
 */
class StoryCountsPropertyTest {
    private static final List<String> THEMES = List.of("ACCESS", "TRUST", "HOUSING", "COST");
    private static final List<String> PLACES = List.of("LEWISHAM", "BROMLEY");
    private static final List<String> AREAS = List.of("MATERNITY", "MENTAL_HEALTH", "PRIMARY_CARE");
    private static final Instant START = Instant.parse("2026-05-20T00:00:00Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("property-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final Counters counters = new Counters(database);
    private final StoryProjection healthy = new StoryProjection(database, keys, StoryFollower.NONE, List::of,
            List.of(new StoryCounter(database, counters)));
    private final BruteForce bruteForce = new BruteForce(database);
    private final StoryCounts counts = new StoryCounts(database, bruteForce::themes);
    private final List<Delivery> delivered = new ArrayList<>();

    @AfterEach
    void close() {
        client.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void countersEqualACountOverTheStoriesWhateverHappens(long seed) {
        Random random = new Random(seed);
        List<Life> lives = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lives.add(new Life(new StoryId(new UUID(seed, i)), random));
        }
        int crashes = 0;
        for (int step = 0; step < 240; step++) {
            Life life = lives.get(random.nextInt(lives.size()));
            Delivery next = life.next(random);
            if (next == null) {
                continue;
            }
            delivered.add(next);
            while (random.nextInt(3) == 0) {
                crashes++;
                try {
                    projection(new Crash(counters, random.nextInt(12))).apply(next.event(), next.sequence(),
                            next.at());
                } catch (Crash.Died died) {
                    // the process died; the broker delivers the event again
                }
            }
            healthy.apply(next.event(), next.sequence(), next.at());
            if (random.nextInt(10) == 0) {
                Delivery stale = delivered.get(random.nextInt(delivered.size()));
                healthy.apply(stale.event(), stale.sequence(), stale.at());
            }
            if (step % 40 == 39) {
                assertAgree(seed);
            }
        }
        assertAgree(seed);
        assertThat(crashes).isPositive();
        assertThat(counts.totals().byTheme()).as("seed %s", seed).isNotEmpty();
    }

    /**
     * A rebuild's way: the stories are projected with the counters silent, the counters are derived from the story
     * documents in one pass part way through, and follow the events from then on. They end where counting every event
     * ends, and equal a count over the stories.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void countersDerivedFromTheStoriesPartWayAgreeWithCountingEveryEvent(long seed) {
        Random random = new Random(seed);
        MongoDatabase derivedInto = client.getDatabase("derived-" + UUID.randomUUID());
        StoryCounter derivedCounter = new StoryCounter(derivedInto);
        boolean[] following = {false};
        StoryProjection replay = new StoryProjection(derivedInto, keys, StoryFollower.NONE, List::of,
                List.of((storyId, story) -> {
                    if (following[0]) {
                        derivedCounter.settled(storyId, story);
                    }
                }));
        List<Life> lives = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lives.add(new Life(new StoryId(new UUID(seed, i)), random));
        }
        int cut = 120 + random.nextInt(60);
        for (int step = 0; step < 240; step++) {
            if (step == cut) {
                DerivedFromStories.Derivation pass = derivedCounter.derivation();
                List<Document> stories = derivedInto.getCollection("stories").find().into(new ArrayList<>());
                pass.accept(stories.subList(0, stories.size() / 2));
                pass.accept(stories.subList(stories.size() / 2, stories.size()));
                pass.finish();
                following[0] = true;
            }
            Delivery next = lives.get(random.nextInt(lives.size())).next(random);
            if (next != null) {
                healthy.apply(next.event(), next.sequence(), next.at());
                replay.apply(next.event(), next.sequence(), next.at());
            }
        }
        StoryCounts derived = new StoryCounts(derivedInto, bruteForce::themes);
        assertAgree(seed);
        assertThat(derived.totals()).as("seed %s", seed).isEqualTo(counts.totals());
        for (StoryFilter filter : BruteForce.bucketFilters()) {
            assertThat(derived.themes(filter)).as("seed %s, %s", seed, filter).isEqualTo(counts.themes(filter));
        }
        assertThat(derived.totals().byTheme()).as("seed %s", seed).isNotEmpty();
        derivedInto.drop();
    }

    private StoryProjection projection(Increments increments) {
        return new StoryProjection(database, keys, StoryFollower.NONE, List::of,
                List.of(new StoryCounter(database, increments)));
    }

    private void assertAgree(long seed) {
        assertThat(counts.totals()).as("seed %s", seed).isEqualTo(bruteForce.totals());
        for (StoryFilter filter : BruteForce.bucketFilters()) {
            assertThat(counts.themes(filter)).as("seed %s, %s", seed, filter).isEqualTo(bruteForce.themes(filter));
        }
    }

    /** One story's events, in an order command-service would allow. */
    private final class Life {
        private final StoryId id;
        private final String place;
        private final Feeling feeling;
        private final List<String> areas;
        private final Map<String, Boolean> coded = new HashMap<>();
        private long sequence = -1;
        private String status = "NONE";
        private boolean consent = true;
        private Instant clock;

        Life(StoryId id, Random random) {
            this.id = id;
            this.place = PLACES.get(random.nextInt(PLACES.size()));
            this.feeling = Feeling.values()[random.nextInt(Feeling.values().length)];
            this.areas = AREAS.stream().filter(area -> random.nextBoolean()).toList();
            this.clock = START.plusSeconds(random.nextInt(90 * 24 * 3600));
        }

        Delivery next(Random random) {
            StoryEvent event = switch (status) {
                case "NONE" -> {
                    status = "PENDING_MODERATION";
                    yield Stories.submittedAbout(id, place, feeling, areas);
                }
                case "PENDING_MODERATION", "ESCALATED" -> moderate(random);
                case "APPROVED" -> change(random);
                default -> null;
            };
            if (event == null) {
                return null;
            }
            sequence++;
            clock = clock.plusSeconds(random.nextInt(20 * 24 * 3600));
            return new Delivery(event, sequence, clock);
        }

        private StoryEvent moderate(Random random) {
            return switch (random.nextInt(6)) {
                case 0 -> {
                    status = "REJECTED";
                    yield new StoryRejectedEvent(id, "moderator", null);
                }
                case 1 -> {
                    status = "ESCALATED";
                    yield new StoryEscalatedEvent(id, "moderator", null);
                }
                case 2 -> {
                    status = "WITHDRAWN";
                    yield Stories.withdrawn(id);
                }
                default -> {
                    status = "APPROVED";
                    yield Stories.approved(id, keys.seal(id + "-1", "Title", "Words."));
                }
            };
        }

        private StoryEvent change(Random random) {
            return switch (random.nextInt(8)) {
                case 0 -> {
                    consent = !consent;
                    yield Stories.consent(id, consent);
                }
                case 1 -> new StoryRedactedEvent(id, "moderator", 2, keys.seal(id + "-2", "Title", "[redacted]"),
                        id + "-1");
                case 2 -> {
                    status = "WITHDRAWN";
                    yield Stories.withdrawn(id);
                }
                default -> code(random);
            };
        }

        private StoryEvent code(Random random) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (String theme : THEMES) {
                if (random.nextInt(3) == 0) {
                    boolean has = coded.getOrDefault(theme, false);
                    (has ? removed : added).add(theme);
                    coded.put(theme, !has);
                }
            }
            return Stories.coded(id, added, removed);
        }
    }

    private record Delivery(StoryEvent event, long sequence, Instant at) {
    }
}
