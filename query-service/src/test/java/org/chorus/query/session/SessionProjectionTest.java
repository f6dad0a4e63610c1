package org.chorus.query.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.ParticipantJoinedEvent;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.ScriptedSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionProjectionTest {
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("sessions-" + UUID.randomUUID());
    private final MongoCollection<Document> sessions = database.getCollection("sessions");
    private final MongoCollection<Document> events = database.getCollection("session_events");
    private final MongoCollection<Document> citations = database.getCollection("story_citations");
    private final KeyRing ring = new KeyRing();
    private final ParticipantKeys keys = new ParticipantKeys(ring, Duration.ofMinutes(10), Clock.systemUTC());
    private final SessionProjection projection = new SessionProjection(database, keys);
    private final ScriptedSession session = new ScriptedSession(ring);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void keepsEveryEventInOrderStillSealed() {
        applyThrough(4);

        List<Document> stored = events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        assertThat(stored).extracting(d -> d.getString("_id")).containsExactly(
                session.id + ":0000000000000000000", session.id + ":0000000000000000001",
                session.id + ":0000000000000000002", session.id + ":0000000000000000003",
                session.id + ":0000000000000000004");
        Document joined = stored.get(2);
        assertThat(joined.getString("sessionId")).isEqualTo(session.id.toString());
        assertThat(joined.getLong("sequence")).isEqualTo(2);
        assertThat(joined.getString("type")).isEqualTo("ParticipantJoinedEvent");
        assertThat(joined.getDate("at")).isEqualTo(Date.from(ScriptedSession.at(2)));
        assertThat(KernelJson.mapper().readValue(joined.getString("event"), ParticipantJoinedEvent.class))
                .isEqualTo(session.events().get(2));
        assertThat(sessions.find().into(new ArrayList<>()))
                .containsExactly(new Document("_id", session.id.toString()).append("lastSequence", 4L));
        assertThat(everything()).doesNotContain("Ama Mensah", "Ben Okafor", "Lewisham Hospital", "Cat Novak");
    }

    @Test
    void duplicatesChangeNothing() {
        applyThrough(6);
        String before = everything();

        assertThat(projection.apply(session.events().get(6), 6, ScriptedSession.at(6))).isFalse();
        assertThat(projection.apply(session.events().get(0), 0, ScriptedSession.at(0))).isFalse();
        assertThat(projection.apply(session.events().get(5), 5, ScriptedSession.at(5))).isFalse();

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void eventAfterAGapIsRefusedUntilTheMissingOneArrives() {
        applyThrough(4);

        assertThatThrownBy(() -> projection.apply(session.events().get(6), 6, ScriptedSession.at(6)))
                .isInstanceOf(SessionEventOutOfOrderException.class);
        assertThat(lastSequence()).isEqualTo(4);
        assertThat(events.countDocuments()).isEqualTo(5);
        assertThat(citations.countDocuments()).isZero();

        assertThat(projection.apply(session.events().get(5), 5, ScriptedSession.at(5))).isTrue();
        assertThat(projection.apply(session.events().get(6), 6, ScriptedSession.at(6))).isTrue();
        assertThat(lastSequence()).isEqualTo(6);
    }

    @Test
    void eventsOfASessionNotSeenYetAreRefused() {
        assertThatThrownBy(() -> projection.apply(session.events().get(1), 1, ScriptedSession.at(1)))
                .isInstanceOf(SessionEventOutOfOrderException.class);
        assertThatThrownBy(() -> projection.apply(new SessionOpenedEvent(session.id, "x"), 0, ScriptedSession.at(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.countDocuments()).isZero();
        assertThat(sessions.countDocuments()).isZero();
    }

    @Test
    void anAttemptInterruptedAfterWritingTheEventIsCompletedByTheRedelivery() {
        applyThrough(4);
        // as if the first attempt at event 5 crashed after writing the event and its citation
        projection.apply(session.events().get(5), 5, ScriptedSession.at(5));
        sessions.updateOne(Filters.eq("_id", session.id.toString()), Updates.set("lastSequence", 4L));

        assertThat(projection.apply(session.events().get(5), 5, ScriptedSession.at(5))).isTrue();

        assertThat(lastSequence()).isEqualTo(5);
        assertThat(events.countDocuments()).isEqualTo(6);
        assertThat(citedBy(session.storyA)).containsExactly(new Document("sessionId", session.id.toString()));
    }

    @Test
    void everyStoryBehindADecisionIsCitedOnceHoweverOftenEventsArrive() {
        applyThrough(14);
        String sessionId = session.id.toString();
        Document bySession = new Document("sessionId", sessionId);
        Document byDecision = new Document("sessionId", sessionId).append("decisionId", session.d1.toString());
        List<Document> expected = List.of(
                new Document("_id", session.storyA.toString()).append("citedBy", List.of(bySession, byDecision)),
                new Document("_id", session.storyB.toString()).append("citedBy", List.of(bySession, byDecision)),
                new Document("_id", session.storyC.toString()).append("citedBy", List.of(bySession, byDecision)));

        assertThat(allCitations()).containsExactlyInAnyOrderElementsOf(expected);

        applyThrough(14);
        sessions.updateOne(Filters.eq("_id", sessionId), Updates.set("lastSequence", 13L));
        assertThat(projection.apply(session.events().get(14), 14, ScriptedSession.at(14))).isTrue();

        assertThat(allCitations()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lastSequence()).isEqualTo(14);
    }

    @Test
    void erasureForgetsTheParticipantsKeysAtOnce() {
        applyThrough(ScriptedSession.ERASURE - 1);
        String catKey = ScriptedSession.keyOf(session.cat);
        assertThat(keys.find(catKey)).isPresent();

        projection.apply(session.events().get(ScriptedSession.ERASURE), ScriptedSession.ERASURE,
                ScriptedSession.at(ScriptedSession.ERASURE));

        // command-service has not even destroyed the key yet: this instance still never serves it again
        assertThat(ring.find(catKey)).isPresent();
        assertThat(keys.find(catKey)).isEmpty();
        assertThat(keys.find(ScriptedSession.keyOf(session.ama))).isPresent();
    }

    private void applyThrough(int last) {
        for (int sequence = 0; sequence <= last; sequence++) {
            projection.apply(session.events().get(sequence), sequence, ScriptedSession.at(sequence));
        }
    }

    private long lastSequence() {
        return sessions.find(Filters.eq("_id", session.id.toString())).first().getLong("lastSequence");
    }

    private List<Document> citedBy(UUID story) {
        return citations.find(Filters.eq("_id", story.toString())).first().getList("citedBy", Document.class);
    }

    private List<Document> allCitations() {
        return citations.find().into(new ArrayList<>());
    }

    private String everything() {
        List<String> all = new ArrayList<>();
        for (MongoCollection<Document> collection : List.of(sessions, events, citations)) {
            collection.find().sort(Sorts.ascending("_id")).map(Document::toJson).into(all);
        }
        return String.join("\n", all);
    }
}
