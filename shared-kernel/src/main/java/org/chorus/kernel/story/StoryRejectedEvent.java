package org.chorus.kernel.story;

import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** A moderator rejected the story; it is never shown to analysts. */
@Revision("1")
public record StoryRejectedEvent(
        StoryId storyId,
        String moderator,
        @Nullable SealedText reason) implements StoryEvent {
}
