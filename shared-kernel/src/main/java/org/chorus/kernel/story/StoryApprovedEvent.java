package org.chorus.kernel.story;

import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** A moderator approved the story. {@code publishedContent} is the redacted title and narrative, sealed under the key of content version {@code contentVersion}: the only key released to query-service. */
@Revision("1")
public record StoryApprovedEvent(
        StoryId storyId,
        String moderator,
        int contentVersion,
        SealedText publishedContent,
        @Nullable SealedText reason) implements StoryEvent {
}
