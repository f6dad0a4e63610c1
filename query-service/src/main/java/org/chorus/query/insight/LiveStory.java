package org.chorus.query.insight;

import java.util.function.Predicate;

/** A visible story just read for the live stream, and which filters it matches as a search would. */
public record LiveStory(StoryView view, Predicate<StoryFilter> matcher) {

    public boolean matches(StoryFilter filter) {
        return matcher.test(filter);
    }
}
