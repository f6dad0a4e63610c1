package org.chorus.query.insight;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Finds the visible stories matching a filter, words included, newest approval first (ties by id, descending). The
 * word-search index implements it; readers here turn the ids it finds into views.
 */
public interface StoryFinder {

    /** One page of matching story ids after the cursor (null: from the newest), and where the next page starts. */
    Found find(StoryFilter filter, int limit, @Nullable FeedCursor after);

    /** The ids of every matching story, in no particular order: for counts that must honour the words too. */
    List<String> matchingIds(StoryFilter filter);

    /**
     * Whether searches already reflect the story as the store holds it at {@code version}: found at that version
     * or later when visible, not found otherwise. The story is settled in the store before it is in the index.
     */
    boolean inLine(String storyId, boolean visible, long version);

    /**
     * For one visible story as the store holds it: whether a search with a filter would find it. The same conditions
     * and the same reading of words as {@link #find}, without the index, for a story the caller has in hand.
     */
    Predicate<StoryFilter> matcher(Document story);

    /** A short passage of the story's narrative (or title) with the searched words marked; empty without words. */
    Optional<StoryView.Snippet> snippet(List<String> words, StoryView story);

    /** Ids of one page, and the position after its last one when more may follow (null on the last page). */
    record Found(List<String> ids, @Nullable FeedCursor next) {

        public Found {
            ids = List.copyOf(ids);
        }
    }
}
