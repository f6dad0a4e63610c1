package org.chorus.kernel.story;

import org.axonframework.serialization.Revision;

/** The storyteller's consent changed, recorded with who changed it; the time is the event's. */
@Revision("1")
public record StoryConsentChangedEvent(
        StoryId storyId,
        Consent consent,
        String changedBy) implements StoryEvent {
}
