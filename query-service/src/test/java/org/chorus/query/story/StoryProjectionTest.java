package org.chorus.query.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.story.ShredReason;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryProjectionTest {
    private static final Instant SUBMITTED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant APPROVED = Instant.parse("2026-11-22T10:15:30Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("projection-" + UUID.randomUUID());
    private final MongoCollection<Document> stories = database.getCollection(StoryFields.COLLECTION);
    private final KeyRing keys = new KeyRing();
    private final StoryProjection projection = new StoryProjection(database, keys);
    private final StoryId id = StoryId.random();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void approvedStoryHasItsPublishedWordsAndNothingOfTheStoryteller() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.approved(id, keys.seal("k1", "Waiting for a midwife", "We waited 9 hours.")), 1,
                APPROVED);

        Document story = story();
        assertThat(story.getString("status")).isEqualTo("APPROVED");
        assertThat(story.getString("title")).isEqualTo("Waiting for a midwife");
        assertThat(story.getString("narrative")).isEqualTo("We waited 9 hours.");
        assertThat(story.getDate("submittedAt").toInstant()).isEqualTo(SUBMITTED);
        assertThat(story.getDate("approvedAt").toInstant()).isEqualTo(APPROVED);
        assertThat(story.getLong("lastSequence")).isEqualTo(1);
        assertThat(story.toJson()).doesNotContain("Ada", "unredacted", "secret original", "champion", "teller-", "orig-");
    }

    @Test
    void submittedStoryWaitsForModerationWithoutWords() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);

        assertThat(story().getString("status")).isEqualTo("PENDING_MODERATION");
        assertThat(story()).doesNotContainKeys("title", "narrative", "content", "storyteller");
    }

    @Test
    void duplicateEventsChangeNothing() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.approved(id, keys.seal("k1", "Title", "Words")), 1, APPROVED);
        projection.apply(Stories.response(id, "We heard you", null), 2, APPROVED);
        Document before = story();

        assertThat(projection.apply(Stories.response(id, "We heard you", null), 2, APPROVED)).isFalse();
        assertThat(projection.apply(Stories.submitted(id), 0, SUBMITTED)).isFalse();
        assertThat(projection.apply(Stories.coded(id, List.of("TRUST"), List.of()), 1, APPROVED)).isFalse();

        assertThat(story()).isEqualTo(before);
        assertThat(story().getList("responses", Document.class)).hasSize(1);
    }

    @Test
    void eventAfterAGapIsRefusedUntilTheMissingOneArrives() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);

        assertThatThrownBy(() -> projection.apply(Stories.coded(id, List.of("TRUST"), List.of()), 2, APPROVED))
                .isInstanceOf(EventOutOfOrderException.class);
        assertThat(story().getLong("lastSequence")).isZero();
        assertThat(story().getList("themes", String.class)).isEmpty();

        projection.apply(Stories.approved(id, keys.seal("k1", "Title", "Words")), 1, APPROVED);
        assertThat(projection.apply(Stories.coded(id, List.of("TRUST"), List.of()), 2, APPROVED)).isTrue();

        assertThat(story().getList("themes", String.class)).containsExactly("TRUST");
        assertThat(story().getLong("lastSequence")).isEqualTo(2);
    }

    @Test
    void eventsOfAStoryNotSeenYetAreRefused() {
        assertThatThrownBy(() -> projection.apply(Stories.coded(id, List.of("TRUST"), List.of()), 1, APPROVED))
                .isInstanceOf(EventOutOfOrderException.class);
        assertThat(stories.countDocuments()).isZero();
    }

    @Test
    void withdrawnStoryLeavesAContentFreeTombstoneThatRedeliveryCannotRevive() {
        var approved = Stories.approved(id, keys.seal("k1", "Waiting for a midwife", "We waited 9 hours."));
        var coded = Stories.coded(id, List.of("ACCESS"), List.of());
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(approved, 1, APPROVED);
        projection.apply(coded, 2, APPROVED);
        projection.apply(Stories.withdrawn(id), 3, APPROVED);

        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(approved, 1, APPROVED);
        projection.apply(coded, 2, APPROVED);
        projection.apply(Stories.withdrawn(id), 3, APPROVED);
        projection.apply(Stories.response(id, "late", null), 4, APPROVED);

        assertThat(story()).isEqualTo(new Document("_id", id.toString()).append("lastSequence", 3L)
                .append("erased", true));
        List<String> everything = stories.find().map(Document::toJson).into(new ArrayList<>());
        assertThat(String.join("\n", everything)).doesNotContain("midwife", "9 hours", "ACCESS", "LEWISHAM");
    }

    @Test
    void aStoryShreddedByRetentionLeavesTheSameContentFreeTombstoneAsAWithdrawal() {
        var rejected = Stories.submitted(id);
        projection.apply(rejected, 0, SUBMITTED);
        projection.apply(new StoryRejectedEvent(id, "moderator", null), 1, APPROVED);
        projection.apply(new StoryShreddedEvent(id, ShredReason.RETENTION), 2, APPROVED);

        projection.apply(rejected, 0, SUBMITTED);

        assertThat(story()).isEqualTo(new Document("_id", id.toString()).append("lastSequence", 2L)
                .append("erased", true));
        List<String> everything = stories.find().map(Document::toJson).into(new ArrayList<>());
        assertThat(String.join("\n", everything)).doesNotContain("LEWISHAM");
    }

    @Test
    void withdrawalErasesEvenAheadOfAGap() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.approved(id, keys.seal("k1", "Title", "Words")), 1, APPROVED);

        projection.apply(Stories.withdrawn(id), 5, APPROVED);
        projection.apply(Stories.coded(id, List.of("TRUST"), List.of()), 2, APPROVED);

        assertThat(story()).isEqualTo(new Document("_id", id.toString()).append("lastSequence", 5L)
                .append("erased", true));
    }

    @Test
    void anErasureArrivingBeforeTheStoryLeavesATombstoneThatALaterErasureMovesOn() {
        assertThat(projection.apply(Stories.withdrawn(id), 3, APPROVED)).isTrue();
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        assertThat(projection.apply(Stories.withdrawn(id), 3, APPROVED)).isFalse();

        assertThat(projection.apply(new StoryShreddedEvent(id, ShredReason.RETENTION), 4, APPROVED)).isTrue();

        assertThat(story()).isEqualTo(new Document("_id", id.toString()).append("lastSequence", 4L)
                .append("erased", true));
        assertThat(stories.countDocuments()).isEqualTo(1);
    }

    @Test
    void codingAddsAndRemovesThemesAsASet() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.approved(id, keys.seal("k1", "Title", "Words")), 1, APPROVED);
        projection.apply(Stories.coded(id, List.of("ACCESS", "TRUST"), List.of()), 2, APPROVED);
        projection.apply(Stories.coded(id, List.of("TRUST", "HOUSING"), List.of("ACCESS")), 3, APPROVED);

        assertThat(story().getList("themes", String.class)).containsExactly("TRUST", "HOUSING");
    }

    @Test
    void responsesAreAppendedInOrderWithTheirTimeAndDecision() {
        UUID decision = UUID.randomUUID();
        Instant later = APPROVED.plusSeconds(3600);
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.response(id, "We heard you", null), 1, APPROVED);
        projection.apply(Stories.response(id, "We changed the rota", decision), 2, later);

        List<Document> responses = story().getList("responses", Document.class);
        assertThat(responses).extracting(r -> r.getString("body")).containsExactly("We heard you", "We changed the rota");
        assertThat(responses.get(0)).doesNotContainKey("decisionId");
        assertThat(responses.get(1).getString("decisionId")).isEqualTo(decision.toString());
        assertThat(responses.get(1).getDate("at").toInstant()).isEqualTo(later);
        assertThat(responses.get(1).getString("organisation")).isEqualTo("Lewisham ICB");
    }

    @Test
    void approvalWhoseKeyIsNoLongerReleasedKeepsTheStoryWithoutWordsUntilARedaction() {
        var approved = Stories.approved(id, keys.seal("k1", "Unredacted name", "Words"));
        keys.destroy("k1");
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(approved, 1, APPROVED);
        assertThat(story().getString("status")).isEqualTo("APPROVED");
        assertThat(story()).doesNotContainKeys("title", "narrative");

        projection.apply(new StoryRedactedEvent(id, "moderator", 2, keys.seal("k2", "Redacted", "Fewer words"), "k1"),
                2, APPROVED);

        assertThat(story().getString("title")).isEqualTo("Redacted");
        assertThat(story().getString("narrative")).isEqualTo("Fewer words");
    }

    @Test
    void consentChangesAreKept() {
        projection.apply(Stories.submitted(id), 0, SUBMITTED);
        projection.apply(Stories.consent(id, false), 1, APPROVED);

        assertThat(story().get("consent", Document.class).getBoolean("analysis")).isFalse();
    }

    private Document story() {
        return stories.find(Filters.eq("_id", id.toString())).first();
    }
}
