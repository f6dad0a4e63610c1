package org.chorus.query.story;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A read model derived from the {@code stories} documents (a search index, counters): told after every story event
 * has settled, whether it was applied just now or had been applied before (a redelivery after a crash), with the
 * story's document as it now stands (null when there is none), read once for every observer. It must bring itself in
 * line with that document, so repeating the call changes nothing.
 */
public interface StoryObserver {

    void settled(String storyId, @Nullable Document story);
}
