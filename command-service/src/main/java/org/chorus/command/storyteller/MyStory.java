package org.chorus.command.storyteller;

import java.time.Instant;
import java.util.List;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryStatus;

/**
 * What a storyteller sees of their story: its status, what they agreed to and the responses to it. No title,
 * narrative or storyteller field: whoever holds the receipt sees this, and nothing more.
 */
public record MyStory(String reference, StoryStatus status, Consent consent, List<Response> responses) {

    /** An organisation's answer to the story ("you said, we did"). */
    public record Response(String organisation, String body, Instant at) {
    }
}
