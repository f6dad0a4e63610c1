package org.chorus.kernel.story;

import java.util.List;
import org.chorus.kernel.code.ThemeCode;
import org.axonframework.serialization.Revision;

/** An analyst added or removed themes on an approved story. */
@Revision("1")
public record StoryCodedEvent(
        StoryId storyId,
        List<ThemeCode> added,
        List<ThemeCode> removed,
        String analyst) implements StoryEvent {
}
