package org.chorus.query.insight;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the stories read model. The feed scans with filters for now; on MongoDB 8 the declared indexes serve it, and
 * an embedded search index fed by the projection is the way to keep it fast on the embedded store. Theme counts
 * come from the pre-computed counters, with {@link #themesByScan} for the filters those cannot answer.
 */
@Component
public class InsightReader {
    private final MongoCollection<Document> stories;
    private final StoryCitationReader citations;

    InsightReader(MongoDatabase database) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
        this.citations = new StoryCitationReader(database);
    }

    public FeedPage feed(StoryFilter filter, int limit, @Nullable FeedCursor after) {
        List<Document> found = stories.find(StoryQueries.matching(filter, after))
                .sort(descending(StoryFields.APPROVED_AT, StoryFields.ID))
                .limit(limit + 1)
                .into(new ArrayList<>());
        List<Document> page = found.stream().limit(limit).toList();
        Map<String, List<StoryView.Citation>> cited = citations.of(
                page.stream().map(story -> story.getString(StoryFields.ID)).toList());
        List<StoryView> items = page.stream()
                .map(story -> StoryViews.of(story, cited.getOrDefault(story.getString(StoryFields.ID), List.of())))
                .toList();
        String next = null;
        if (found.size() > limit) {
            StoryView last = items.get(items.size() - 1);
            next = new FeedCursor(last.approvedAt(), last.id()).encode();
        }
        return new FeedPage(items, next);
    }

    /** Where the newest visible story stands, if there is one. */
    public Optional<FeedCursor> newest() {
        return Optional.ofNullable(stories.find(StoryQueries.visible())
                        .sort(descending(StoryFields.APPROVED_AT, StoryFields.ID))
                        .projection(new Document(StoryFields.ID, 1).append(StoryFields.APPROVED_AT, 1))
                        .first())
                .map(story -> new FeedCursor(story.getDate(StoryFields.APPROVED_AT).toInstant(),
                        story.getString(StoryFields.ID)));
    }

    /** Matching stories approved after one position (null: from the start) up to another (null: no end), oldest first. */
    public List<StoryView> approvedBetween(StoryFilter filter, @Nullable FeedCursor after, @Nullable FeedCursor upTo,
            int limit) {
        List<Document> found = stories.find(StoryQueries.between(filter, after, upTo))
                .sort(ascending(StoryFields.APPROVED_AT, StoryFields.ID))
                .limit(limit)
                .into(new ArrayList<>());
        Map<String, List<StoryView.Citation>> cited = citations.of(
                found.stream().map(story -> story.getString(StoryFields.ID)).toList());
        return found.stream()
                .map(story -> StoryViews.of(story, cited.getOrDefault(story.getString(StoryFields.ID), List.of())))
                .toList();
    }

    public StoryReading story(String id) {
        Document story = stories.find(eq(StoryFields.ID, id)).first();
        if (story == null) {
            return StoryReading.unknown();
        }
        long version = ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
        boolean erased = story.getBoolean(StoryFields.ERASED, false);
        return new StoryReading(true, erased, version, Optional.of(story).filter(InsightReader::visible)
                .map(visible -> StoryViews.of(visible, citations.of(id))));
    }

    /** The themes report by reading every matching story: for the filters the pre-computed counters cannot answer. */
    public ThemesReport themesByScan(StoryFilter filter) {
        ThemeTally tally = new ThemeTally();
        stories.find(StoryQueries.matching(filter, null))
                .projection(new Document(StoryFields.THEMES, 1).append(StoryFields.PLACE, 1).append(StoryFields.APPROVED_AT, 1))
                .forEach(tally::add);
        return tally.report();
    }

    private static boolean visible(Document story) {
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return !story.getBoolean(StoryFields.ERASED, false)
                && "APPROVED".equals(story.getString(StoryFields.STATUS))
                && consent.getBoolean("analysis", false);
    }
}
