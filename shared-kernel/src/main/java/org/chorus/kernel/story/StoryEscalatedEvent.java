package org.chorus.kernel.story;

import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** A moderator escalated the story for safeguarding; it is hidden from everyone else. */
@Revision("1")
public record StoryEscalatedEvent(
        StoryId storyId,
        String moderator,
        @Nullable SealedText reason) implements StoryEvent {
}
