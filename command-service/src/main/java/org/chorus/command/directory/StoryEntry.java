package org.chorus.command.directory;

import java.time.Instant;
import java.util.UUID;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.StoryStatus;
import org.jspecify.annotations.Nullable;

/** What command-service knows of a story for object-level checks, "my stories" and the moderation queue. */
public record StoryEntry(UUID storyId, String reference, String champion, String place, StoryStatus status,
                         Instant submittedAt, long version, @Nullable SealedText content,
                         @Nullable SealedText storyteller) {
}
