package org.chorus.query.story;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.LiveAndRebuilt;
import org.chorus.query.testsupport.RandomDeliveries;
import org.chorus.query.testsupport.RandomDeliveries.Outcome;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.StoryLives;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuild's story documents, changed in memory and written once per poll, end exactly as the live projection's,
 * written event by event to the server: the same deliveries (in order, redelivered, ahead of a gap) give the same
 * answers and the same documents.
 */
class BufferedStoriesTest {
    private static final Supplier<List<Theme>> CODEBOOK = () -> List.of(
            new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("midwife"), false),
            new Theme(new ThemeCode("TRUST"), "Trust", List.of("listened"), false));
    private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

    @AutoClose
    private final LiveAndRebuilt databases = new LiveAndRebuilt();
    private final MongoDatabase live = databases.live;
    private final MongoDatabase rebuilt = databases.rebuilt;
    private final KeyRing keys = new KeyRing();
    private final BufferedDocuments buffered = StoryDocuments.buffered(rebuilt);
    private final StoryProjection direct = new StoryProjection(live, keys, StoryFollower.NONE, CODEBOOK, List.of());
    private final StoryProjection viaBuffer = new StoryProjection(buffered, keys, StoryFollower.NONE, CODEBOOK,
            List.of());

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void bufferedDocumentsEndAsTheLiveOnesWhateverTheDeliveries(long seed) {
        Random random = new Random(seed);
        List<List<StoryEvent>> lives = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lives.add(StoryLives.life(new StoryId(new UUID(seed, i)), random, keys));
        }
        Outcome outcome = RandomDeliveries.deliver(random, lives, 400, 25,
                (event, sequence) -> answer(() -> direct.apply(event, sequence, at(sequence))),
                (event, sequence) -> answer(() -> viaBuffer.apply(event, sequence, at(sequence))), buffered::flush);

        List<Document> expected = live.getCollection(StoryFields.COLLECTION).find().sort(ascending("_id"))
                .into(new ArrayList<>());
        assertThat(rebuilt.getCollection(StoryFields.COLLECTION).find().sort(ascending("_id")).into(new ArrayList<>()))
                .as("seed %s", seed).isEqualTo(expected);
        assertThat(expected).anyMatch(story -> story.getBoolean(StoryFields.ERASED, false))
                .anyMatch(story -> !story.getList(StoryFields.SUGGESTED_THEMES, String.class, List.of()).isEmpty())
                .anyMatch(story -> !story.getList(StoryFields.RESPONSES, Document.class, List.of()).isEmpty());
        assertThat(outcome.refused()).as("deliveries ahead of a gap").isPositive();
    }

    @Test
    void nothingReachesTheCollectionUntilFlushedThenEveryChangedStoryDoes() {
        StoryId first = StoryId.random();
        StoryId second = StoryId.random();
        viaBuffer.apply(Stories.submitted(first), 0, START);
        viaBuffer.apply(Stories.submitted(second), 0, START);
        viaBuffer.apply(Stories.approved(first, keys.seal("k-" + first, "Waiting", "No midwife came.")), 1, START);

        assertThat(buffered.pending()).isEqualTo(2);
        assertThat(rebuilt.getCollection(StoryFields.COLLECTION).countDocuments()).isZero();
        buffered.flush();

        assertThat(buffered.pending()).isZero();
        assertThat(rebuilt.getCollection(StoryFields.COLLECTION).countDocuments()).isEqualTo(2);
        Document approved = rebuilt.getCollection(StoryFields.COLLECTION)
                .find(new Document("_id", first.toString())).first();
        assertThat(approved.getString(StoryFields.TITLE)).isEqualTo("Waiting");
        assertThat(approved.getList(StoryFields.SUGGESTED_THEMES, String.class)).containsExactly("ACCESS");
        // read again from the collection after the flush: the story is known, its submission a duplicate
        assertThat(viaBuffer.apply(Stories.submitted(first), 0, START)).isFalse();
    }

    private static Instant at(int sequence) {
        return START.plusSeconds(3_600L * sequence);
    }

    private static Object answer(Supplier<Boolean> apply) {
        try {
            return apply.get();
        } catch (EventOutOfOrderException e) {
            return e.getClass();
        }
    }
}
