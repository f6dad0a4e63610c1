package org.chorus.query.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeSuggestionProjectionTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("suggestions-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final List<Theme> codebook = new ArrayList<>(List.of(
            theme("ACCESS", false, "appointment", "waiting list", "wizyta"),
            theme("MATERNITY", false, "midwife", "গর্ভাবস্থা"),
            theme("HOUSING", true, "damp"),
            theme("TRUST", false, "trust")));
    private final StoryProjection projection = new StoryProjection(database, keys, StoryFollower.NONE,
            () -> List.copyOf(codebook));
    private final StoryId id = StoryId.random();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void activeThemesWhoseKeywordsAreWholeWordsOfTheStoryAreSuggested() {
        approve("No APPOINTMENT for weeks", "The midwife never came. Distrust everywhere, and the flat is damp.");

        // "Distrust" holds "trust" but not as a word; HOUSING is retired
        assertThat(suggested()).containsExactly("ACCESS", "MATERNITY");
    }

    @Test
    void keywordsInOtherLanguagesAndScriptsAreFound() {
        approve("Wizyta", "আমার গর্ভাবস্থা কঠিন ছিল");

        assertThat(suggested()).containsExactly("ACCESS", "MATERNITY");
    }

    @Test
    void aKeywordInsideAnotherWordIsNotSuggested() {
        approve("Wizytacja", "midwifery course");

        assertThat(suggested()).isEmpty();
    }

    @Test
    void codingATheme_confirmingOrDismissing_takesItOutOfTheSuggestions() {
        approve("On the waiting list", "The midwife said to trust her.");
        projection.apply(Stories.coded(id, List.of("ACCESS"), List.of("TRUST")), 2, AT);

        assertThat(story().getList("themes", String.class)).containsExactly("ACCESS");
        assertThat(suggested()).containsExactly("MATERNITY");
    }

    @Test
    void aRedactionSuggestsAgainFromTheNewWordsLeavingCodedThemesOut() {
        approve("Appointment", "The midwife was late.");
        projection.apply(Stories.coded(id, List.of("ACCESS"), List.of()), 2, AT);
        projection.apply(new StoryRedactedEvent(id, "moderator", 2, keys.seal("k2", "Appointment", "Someone was late."),
                "k1"), 3, AT);

        assertThat(suggested()).isEmpty();
        assertThat(story().getList("themes", String.class)).containsExactly("ACCESS");
    }

    @Test
    void redeliveryChangesNothingEvenAfterTheCodebookMoved() {
        approve("Appointment", "The midwife was late.");
        Document before = story();
        codebook.replaceAll(theme -> new Theme(theme.code(), theme.label(), theme.keywords(), true));

        assertThat(projection.apply(Stories.approved(id, keys.seal("k1", "Appointment", "The midwife was late.")), 1, AT))
                .isFalse();

        assertThat(story()).isEqualTo(before);
    }

    @Test
    void aStoryWithoutReleasedWordsHasNoSuggestions() {
        projection.apply(Stories.submitted(id), 0, AT);
        projection.apply(Stories.approved(id, new KeyRing().seal("unreleased", "Appointment", "midwife")), 1, AT);

        assertThat(suggested()).isEmpty();
    }

    private void approve(String title, String narrative) {
        projection.apply(Stories.submitted(id), 0, AT);
        projection.apply(Stories.approved(id, keys.seal("k1", title, narrative)), 1, AT);
    }

    private List<String> suggested() {
        return story().getList("suggestedThemes", String.class);
    }

    private Document story() {
        return database.getCollection(StoryFields.COLLECTION).find(Filters.eq("_id", id.toString())).first();
    }

    private static Theme theme(String code, boolean retired, String... keywords) {
        return new Theme(new ThemeCode(code), code, List.of(keywords), retired);
    }
}
