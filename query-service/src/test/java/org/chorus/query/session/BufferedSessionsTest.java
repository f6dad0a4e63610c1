package org.chorus.query.session;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.bson.Document;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.LiveAndRebuilt;
import org.chorus.query.testsupport.RandomDeliveries;
import org.chorus.query.testsupport.RandomDeliveries.Outcome;
import org.chorus.query.testsupport.ScriptedSession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuild's sessions, kept in memory and written once per poll, end exactly as the live projection's, written event
 * by event: the same deliveries (in order, redelivered, ahead of a gap) give the same answers, the same event
 * documents, last sequences and story citations, and the same keys forgotten.
 */
class BufferedSessionsTest {
    private static final List<String> COLLECTIONS = List.of(SessionFields.SESSIONS, SessionFields.EVENTS,
            CitationFields.COLLECTION);

    @AutoClose
    private final LiveAndRebuilt databases = new LiveAndRebuilt();
    private final MongoDatabase live = databases.live;
    private final MongoDatabase rebuilt = databases.rebuilt;
    private final KeyRing ring = new KeyRing();
    private final ParticipantKeys liveKeys = new ParticipantKeys(ring, Duration.ofMinutes(10), Clock.systemUTC());
    private final ParticipantKeys rebuiltKeys = new ParticipantKeys(ring, Duration.ofMinutes(10), Clock.systemUTC());
    private final BufferedSessions buffered = new BufferedSessions(rebuilt);
    private final SessionProjection direct = new SessionProjection(live, liveKeys);
    private final SessionProjection viaBuffer = new SessionProjection(buffered, rebuiltKeys);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33})
    void bufferedSessionsEndAsTheLiveOnesWhateverTheDeliveries(long seed) {
        Random random = new Random(seed);
        List<ScriptedSession> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(new ScriptedSession(ring));
        }
        List<List<SessionEvent>> lives = sessions.stream().map(ScriptedSession::events).toList();
        Outcome outcome = RandomDeliveries.deliver(random, lives, 1_000, 15,
                (event, sequence) -> answer(() -> direct.apply(event, sequence, ScriptedSession.at(sequence))),
                (event, sequence) -> answer(() -> viaBuffer.apply(event, sequence, ScriptedSession.at(sequence))),
                buffered::flush);

        for (String collection : COLLECTIONS) {
            assertThat(all(rebuilt, collection)).as("seed %s, %s", seed, collection).isEqualTo(all(live, collection))
                    .isNotEmpty();
        }
        assertThat(outcome.applied()).as("every session replayed to its erasure")
                .containsOnly(ScriptedSession.ERASURE + 1);
        assertThat(outcome.refused()).as("deliveries ahead of a gap").isPositive();
        for (ScriptedSession session : sessions) {
            String cat = ScriptedSession.keyOf(session.cat);
            assertThat(rebuiltKeys.find(cat)).as("the erased participant's key").isEmpty();
            assertThat(liveKeys.find(cat)).isEmpty();
            assertThat(rebuiltKeys.find(ScriptedSession.keyOf(session.ama))).isPresent();
        }
    }

    @Test
    void nothingReachesTheCollectionsUntilFlushedAndTheSessionAdvancesLast() {
        ScriptedSession session = new ScriptedSession(ring);
        for (int sequence = 0; sequence <= 7; sequence++) {
            viaBuffer.apply(session.events().get(sequence), sequence, ScriptedSession.at(sequence));
        }
        for (String collection : COLLECTIONS) {
            assertThat(rebuilt.getCollection(collection).countDocuments()).as(collection).isZero();
        }

        buffered.flush();

        assertThat(new SessionLog(rebuilt).events(session.id.toString())).hasSize(8);
        assertThat(rebuilt.getCollection(CitationFields.COLLECTION).countDocuments()).isEqualTo(3);
    }

    private static List<Document> all(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(ascending("_id")).into(new ArrayList<>());
    }

    private static Object answer(Supplier<Boolean> apply) {
        try {
            return apply.get();
        } catch (SessionEventOutOfOrderException e) {
            return e.getClass();
        }
    }
}
