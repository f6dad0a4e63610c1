package org.chorus.kernel.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;

/**
 * A story as an ICB data platform may hold it: approved by a moderator, with the storyteller's consent to analysis,
 * redacted, and without any storyteller field. Its words stay sealed: {@code content} is the published version's
 * title and narrative ({@code {"title","narrative"}} as JSON) under AES-256-GCM, with the key id as associated data;
 * a subscriber fetches the key from query-service ({@code GET /api/v1/insights/stories/{id}/key}), which answers only
 * while the story may be shared. Destroying the key on withdrawal makes every copy of the record unreadable.
 *
 * @param storyId      the story, also the record key
 * @param version      the story's event sequence this record reflects
 * @param quotable     the storyteller consented to being quoted
 * @param publishable  the storyteller consented to publication
 * @param content      the sealed published words: {@code keyId} and base64 of nonce (12 bytes), ciphertext and tag
 * @param responses    "you said, we did": organisations' responses, oldest first
 */
@Revision("1")
public record SharedStory(
        StoryId storyId,
        long version,
        PlaceCode place,
        List<ServiceAreaCode> serviceAreas,
        List<ThemeCode> themes,
        Feeling feeling,
        String language,
        Instant submittedAt,
        Instant approvedAt,
        @Nullable UUID campaignId,
        boolean quotable,
        boolean publishable,
        SealedText content,
        List<Response> responses) {

    public SharedStory {
        serviceAreas = List.copyOf(serviceAreas);
        themes = List.copyOf(themes);
        responses = List.copyOf(responses);
    }

    /** An organisation's response to the story, optionally linked to the session decision or action it reports. */
    public record Response(String organisation, String body, Instant at, @Nullable UUID decisionId,
            @Nullable UUID actionId) {
    }
}
