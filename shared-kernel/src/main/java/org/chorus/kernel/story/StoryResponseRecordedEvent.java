package org.chorus.kernel.story;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** An organisation responded to the story (you said, we did), optionally linked to the decision or action it reports. */
@Revision("1")
public record StoryResponseRecordedEvent(
        StoryId storyId,
        UUID responseId,
        String organisation,
        String body,
        @Nullable UUID decisionId,
        @Nullable UUID actionId,
        String respondent) implements StoryEvent {
}
