package org.chorus.query.story;

import org.chorus.kernel.story.StoryEvent;

/**
 * A read model kept in step with the stories: told of each story event just before the projection applies it, never
 * of a duplicate. A crash between the two writes repeats the call, so it must be idempotent.
 */
public interface StoryFollower {
    StoryFollower NONE = event -> { };

    void before(StoryEvent event);
}
