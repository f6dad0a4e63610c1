package org.chorus.kernel.story;

import org.chorus.kernel.crypto.SealedText;
import org.axonframework.serialization.Revision;

/** A moderator redacted an approved story again: a new published version under a new key; the key of the version it supersedes is destroyed. */
@Revision("1")
public record StoryRedactedEvent(
        StoryId storyId,
        String moderator,
        int contentVersion,
        SealedText publishedContent,
        String supersededKeyId) implements StoryEvent {
}
