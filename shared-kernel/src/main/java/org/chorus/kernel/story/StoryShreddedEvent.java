package org.chorus.kernel.story;

import org.axonframework.serialization.Revision;

/**
 * The story was shredded by Chorus itself (a rejected story past its retention period): all of its keys are destroyed,
 * exactly as on withdrawal, and read models keep only a content-free tombstone.
 */
@Revision("1")
public record StoryShreddedEvent(
        StoryId storyId,
        ShredReason reason) implements StoryEvent {
}
