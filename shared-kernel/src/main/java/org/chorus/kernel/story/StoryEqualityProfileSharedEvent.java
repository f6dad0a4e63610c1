package org.chorus.kernel.story;

import org.axonframework.serialization.Revision;
import org.chorus.kernel.crypto.SealedText;

/**
 * The storyteller's equality-monitoring answers, shared for counting: an {@link EqualityProfile} sealed under the
 * story's own profile key, which is released to query-service only while the story is approved and both
 * {@code analysis} and {@code equalityMonitoring} consent hold. Never the original version's key.
 */
@Revision("1")
public record StoryEqualityProfileSharedEvent(
        StoryId storyId,
        SealedText profile) implements StoryEvent {
}
