package org.chorus.query.insight;

import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** Maps story documents to views. Reads only the fields analysts may see, never the whole document. */
final class StoryViews {
    /**
     * What a view and {@link VisibleStory} read, plus the version: a page is read with only these, not the sealed
     * content, equality answers or counters bookkeeping the document also holds.
     */
    static final Bson FIELDS = Projections.include(StoryFields.LAST_SEQUENCE, StoryFields.ERASED, StoryFields.STATUS,
            StoryFields.REFERENCE, StoryFields.TITLE, StoryFields.NARRATIVE, StoryFields.PLACE,
            StoryFields.SERVICE_AREAS, StoryFields.THEMES, StoryFields.SUGGESTED_THEMES, StoryFields.FEELING,
            StoryFields.LANGUAGE, StoryFields.SUBMITTED_AT, StoryFields.APPROVED_AT, StoryFields.CAMPAIGN_ID,
            StoryFields.CONSENT, StoryFields.RESPONSES);

    private StoryViews() {
    }

    static StoryView of(Document story, List<StoryView.Citation> citedBy) {
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return new StoryView(
                story.getString(StoryFields.ID),
                story.getString(StoryFields.REFERENCE),
                story.getString(StoryFields.TITLE),
                story.getString(StoryFields.NARRATIVE),
                story.getString(StoryFields.PLACE),
                strings(story, StoryFields.SERVICE_AREAS),
                strings(story, StoryFields.THEMES),
                strings(story, StoryFields.SUGGESTED_THEMES),
                story.getString(StoryFields.FEELING),
                story.getString(StoryFields.LANGUAGE),
                instant(story.getDate(StoryFields.SUBMITTED_AT)),
                nullableInstant(story.getDate(StoryFields.APPROVED_AT)),
                story.getString(StoryFields.CAMPAIGN_ID),
                consent.getBoolean(StoryFields.CONSENT_QUOTE, false),
                citedBy,
                story.getList(StoryFields.RESPONSES, Document.class, List.of()).stream()
                        .map(StoryViews::response).toList(),
                null);
    }

    private static StoryView.Response response(Document response) {
        return new StoryView.Response(
                response.getString(StoryFields.RESPONSE_ORGANISATION),
                response.getString(StoryFields.RESPONSE_BODY),
                instant(response.getDate(StoryFields.RESPONSE_AT)),
                response.getString(StoryFields.RESPONSE_DECISION_ID),
                response.getString(StoryFields.RESPONSE_ACTION_ID));
    }

    private static List<String> strings(Document story, String field) {
        return List.copyOf(story.getList(field, String.class, List.of()));
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
