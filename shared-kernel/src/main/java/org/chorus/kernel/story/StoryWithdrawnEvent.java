package org.chorus.kernel.story;

import org.axonframework.serialization.Revision;

/** The story was withdrawn: all of its keys are destroyed, so nothing the storyteller gave can be read again. Read models keep only a content-free tombstone. */
@Revision("1")
public record StoryWithdrawnEvent(
        StoryId storyId,
        String withdrawnBy) implements StoryEvent {
}
