package org.chorus.query.sharing;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.sharing.SharedStory;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** What of a story document may leave Chorus: only what analysts may see, words still sealed, no storyteller field. */
final class SharedStories {

    private SharedStories() {
    }

    /** The message for a story analysts may see and whose published version is known; empty otherwise. */
    static Optional<SharedStory> of(Document story) {
        Optional<SealedText> content = sealedContent(story);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return Optional.of(new SharedStory(
                StoryId.of(story.getString(StoryFields.ID)),
                ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue(),
                new PlaceCode(story.getString(StoryFields.PLACE)),
                strings(story, StoryFields.SERVICE_AREAS).stream().map(ServiceAreaCode::new).toList(),
                strings(story, StoryFields.THEMES).stream().map(ThemeCode::new).toList(),
                Feeling.valueOf(story.getString(StoryFields.FEELING)),
                story.getString(StoryFields.LANGUAGE),
                story.getDate(StoryFields.SUBMITTED_AT).toInstant(),
                story.getDate(StoryFields.APPROVED_AT).toInstant(),
                uuid(story.getString(StoryFields.CAMPAIGN_ID)),
                consent.getBoolean(StoryFields.CONSENT_QUOTE, false),
                consent.getBoolean("publish", false),
                content.get(),
                story.getList(StoryFields.RESPONSES, Document.class, List.of()).stream()
                        .map(SharedStories::response).toList()));
    }

    /** The sealed published words of a story that may be shared; empty for any other story. */
    static Optional<SealedText> sealedContent(Document story) {
        Document published = story.get(StoryFields.PUBLISHED, Document.class);
        if (published == null || !VisibleStory.is(story)) {
            return Optional.empty();
        }
        return Optional.of(new SealedText(published.getString(StoryFields.SEALED_KEY_ID),
                published.getString(StoryFields.SEALED_CIPHERTEXT)));
    }

    private static SharedStory.Response response(Document response) {
        return new SharedStory.Response(
                response.getString(StoryFields.RESPONSE_ORGANISATION),
                response.getString(StoryFields.RESPONSE_BODY),
                response.get(StoryFields.RESPONSE_AT, Date.class).toInstant(),
                uuid(response.getString(StoryFields.RESPONSE_DECISION_ID)),
                uuid(response.getString(StoryFields.RESPONSE_ACTION_ID)));
    }

    private static List<String> strings(Document story, String field) {
        return story.getList(field, String.class, List.of());
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
