package org.chorus.query.insight;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the stories read model. The feed is found by the word-search index and its page read by id; the live stream
 * reads the stories that arrived by id and matches each one itself. Theme counts come from the pre-computed counters,
 * with {@link #themesByScan} for the filters those cannot answer.
 */
@Component
public class InsightReader {
    private final MongoCollection<Document> stories;
    private final StoryCitationReader citations;
    private final StoryFinder finder;

    /** Reads the store, with the feed found by {@code finder}. */
    public InsightReader(MongoDatabase database, StoryFinder finder) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
        this.citations = new StoryCitationReader(database);
        this.finder = finder;
    }

    /** One page of the feed, found by the search index and read from the store; with words, each item has a snippet. */
    public FeedPage feed(StoryFilter filter, int limit, @Nullable FeedCursor after) {
        StoryFinder.Found found = finder.find(filter, limit, after);
        Map<String, Document> byId = new HashMap<>();
        if (!found.ids().isEmpty()) {
            stories.find(in(StoryFields.ID, found.ids())).projection(StoryViews.FIELDS)
                    .forEach(story -> byId.put(story.getString(StoryFields.ID), story));
        }
        // a story hidden between the search and this read is left out rather than shown
        List<Document> page = found.ids().stream().map(byId::get).filter(Objects::nonNull).filter(VisibleStory::is)
                .toList();
        Map<String, List<StoryView.Citation>> cited = citations.of(
                page.stream().map(story -> story.getString(StoryFields.ID)).toList());
        List<StoryView> items = page.stream()
                .map(story -> StoryViews.of(story, cited.getOrDefault(story.getString(StoryFields.ID), List.of())))
                .map(view -> finder.snippet(filter.words(), view).map(view::withSnippet).orElse(view))
                .toList();
        return new FeedPage(items, found.next() == null ? null : found.next().encode());
    }

    /**
     * The stories among {@code ids} that are visible now, by id, each with the way to tell which filters it matches:
     * the feed's conditions, words included, as a search would apply them. For the live stream, which has the stories
     * in hand and checks them as it sends them.
     */
    public Map<String, LiveStory> live(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Document> found = stories.find(in(StoryFields.ID, ids)).projection(StoryViews.FIELDS)
                .into(new ArrayList<>()).stream().filter(VisibleStory::is).toList();
        Map<String, List<StoryView.Citation>> cited = citations.of(
                found.stream().map(story -> story.getString(StoryFields.ID)).toList());
        Map<String, LiveStory> live = new HashMap<>();
        for (Document story : found) {
            String id = story.getString(StoryFields.ID);
            live.put(id, new LiveStory(StoryViews.of(story, cited.getOrDefault(id, List.of())), finder.matcher(story)));
        }
        return live;
    }

    public StoryReading story(String id) {
        Document story = stories.find(eq(StoryFields.ID, id)).projection(StoryViews.FIELDS).first();
        if (story == null) {
            return StoryReading.unknown();
        }
        long version = ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
        boolean erased = story.getBoolean(StoryFields.ERASED, false);
        // until the feed reflects this version too, the read side has not reached it: a client waiting for it waits on
        boolean inFeed = finder.inLine(id, VisibleStory.is(story), version);
        return new StoryReading(true, erased && inFeed, inFeed ? version : version - 1,
                Optional.of(story).filter(VisibleStory::is).map(visible -> StoryViews.of(visible, citations.of(id))));
    }

    /**
     * The themes report by reading every matching story: for the filters the pre-computed counters cannot answer.
     * With words, the stories are the ones word search finds, so counts and feed agree on what a word matches.
     */
    public ThemesReport themesByScan(StoryFilter filter) {
        ThemeTally tally = new ThemeTally();
        Bson matching = filter.words().isEmpty() ? StoryQueries.matching(filter)
                : in(StoryFields.ID, finder.matchingIds(filter));
        stories.find(matching)
                .projection(new Document(StoryFields.THEMES, 1).append(StoryFields.PLACE, 1).append(StoryFields.APPROVED_AT, 1))
                .forEach(tally::add);
        return tally.report();
    }
}
