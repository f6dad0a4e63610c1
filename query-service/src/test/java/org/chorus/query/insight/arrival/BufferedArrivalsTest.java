package org.chorus.query.insight.arrival;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.story.BufferedInRebuild;
import org.chorus.query.story.StoryDocuments;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.LiveAndRebuilt;
import org.chorus.query.testsupport.StoryLives;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuild's arrival log, kept in memory and written once per poll, logs what the live log logs step by step: the
 * same arrivals (a story shown again is a new one), the same visible marks, and numbers from 1 with no gap.
 */
class BufferedArrivalsTest {
    @AutoClose
    private final LiveAndRebuilt databases = new LiveAndRebuilt();
    private final MongoDatabase live = databases.live;
    private final MongoDatabase rebuilt = databases.rebuilt;
    private final KeyRing keys = new KeyRing();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {22, 23, 25})
    void theBufferedLogEndsAsTheLiveOne(long seed) {
        ArrivalLog log = new ArrivalLog(live);
        log.start();
        StoryProjection direct = new StoryProjection(live, keys, StoryFollower.NONE, List::of, List.of(log));
        BufferedDocuments stories = StoryDocuments.buffered(rebuilt);
        BufferedInRebuild.Buffered arrivals = log.buffered(rebuilt);
        StoryProjection buffered = new StoryProjection(stories, keys, StoryFollower.NONE, List::of,
                List.of(arrivals));
        Random random = new Random(seed);
        List<List<StoryEvent>> lives = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lives.add(StoryLives.life(new StoryId(new UUID(seed, i)), random, keys));
        }
        int[] next = new int[lives.size()];
        for (int step = 0; step < 300; step++) {
            int story = random.nextInt(lives.size());
            // now and then the event before again, as a redelivery
            int sequence = Math.max(0, next[story] - (random.nextInt(6) == 0 ? 1 : 0));
            if (sequence >= lives.get(story).size()) {
                continue;
            }
            StoryEvent event = lives.get(story).get(sequence);
            direct.apply(event, sequence, Instant.EPOCH);
            buffered.apply(event, sequence, Instant.EPOCH);
            next[story] = Math.max(next[story], sequence + 1);
            if (random.nextInt(20) == 0) {
                stories.flush();
                arrivals.flush();
            }
        }
        stories.flush();
        arrivals.flush();

        List<String> arrived = storyIds(live);
        assertThat(storyIds(rebuilt)).as("seed %s", seed).containsExactlyInAnyOrderElementsOf(arrived);
        assertThat(arrived).as("seed %s: some story arrived twice", seed)
                .anyMatch(id -> arrived.indexOf(id) != arrived.lastIndexOf(id));
        assertThat(visibility(rebuilt)).as("seed %s", seed).isEqualTo(visibility(live));
        List<Long> numbers = rebuilt.getCollection(ArrivalFields.ARRIVALS).find().sort(ascending("_id"))
                .map(arrival -> arrival.get("_id", Number.class).longValue()).into(new ArrayList<>());
        assertThat(numbers).first().isEqualTo(1L);
        assertThat(numbers).last().isEqualTo((long) numbers.size());
        assertThat(rebuilt.getCollection(ArrivalFields.COUNTER).find().first().get(ArrivalFields.LAST, Number.class)
                .longValue()).isEqualTo(numbers.size());
    }

    private static List<String> storyIds(MongoDatabase database) {
        return database.getCollection(ArrivalFields.ARRIVALS).find()
                .map(arrival -> arrival.getString(ArrivalFields.STORY_ID)).into(new ArrayList<>());
    }

    private static List<Document> visibility(MongoDatabase database) {
        return database.getCollection(ArrivalFields.MARKS).find().sort(ascending("_id"))
                .map(mark -> new Document("_id", mark.get("_id")).append("visible", mark.get("visible")))
                .into(new ArrayList<>());
    }
}
