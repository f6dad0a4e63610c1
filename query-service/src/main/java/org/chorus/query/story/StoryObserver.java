package org.chorus.query.story;

/**
 * A read model derived from the {@code stories} documents (a search index, counters): told after every story event
 * has settled, whether it was applied just now or had been applied before (a redelivery after a crash). It must
 * read the story's document and bring itself in line with it, so repeating the call changes nothing.
 */
public interface StoryObserver {

    void settled(String storyId);
}
