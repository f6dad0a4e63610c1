package org.chorus.query.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A story's words are held only while its storyteller consents to analysis, as command-service releases the key
 * only then: a projection made live and one made later from the same events (a rebuild, with the key withheld by
 * then) hold the same document.
 */
class PublishedWordsFollowConsentTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase live = client.getDatabase("words-live-" + UUID.randomUUID());
    private final MongoDatabase rebuilt = client.getDatabase("words-rebuilt-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final StoryId id = StoryId.random();

    @AfterEach
    void close() {
        live.drop();
        rebuilt.drop();
        client.close();
    }

    @Test
    void wordsLeaveWithConsentToAnalysisAndComeBackWithItLiveAndRebuiltAlike() {
        StoryProjection liveProjection = new StoryProjection(live, keys);
        List<StoryEvent> events = List.of(Stories.submitted(id),
                Stories.approved(id, keys.seal("published-1", "Waiting for a midwife", "Nine hours.")),
                Stories.coded(id, List.of("ACCESS"), List.of()),
                Stories.consent(id, false));
        for (int seq = 0; seq < events.size(); seq++) {
            liveProjection.apply(events.get(seq), seq, AT);
        }
        assertThat(story(live)).doesNotContainKeys("title", "narrative");

        // consent withdrawn: command-service withholds the key, and a rebuild now cannot open the words either
        byte[] key = keys.released().remove("published-1");
        StoryProjection rebuiltProjection = new StoryProjection(rebuilt, keys);
        for (int seq = 0; seq < events.size(); seq++) {
            rebuiltProjection.apply(events.get(seq), seq, AT);
        }
        assertThat(story(rebuilt)).isEqualTo(story(live));

        // consent given again: the key is released and both open the words from the sealed published version
        keys.released().put("published-1", key);
        liveProjection.apply(Stories.consent(id, true), events.size(), AT);
        rebuiltProjection.apply(Stories.consent(id, true), events.size(), AT);
        assertThat(story(live).getString("title")).isEqualTo("Waiting for a midwife");
        assertThat(story(rebuilt)).isEqualTo(story(live));
        assertThat(story(live).getString("narrative")).isEqualTo("Nine hours.");
    }

    private Document story(MongoDatabase database) {
        return database.getCollection(StoryFields.COLLECTION).find(Filters.eq("_id", id.toString())).first();
    }
}
