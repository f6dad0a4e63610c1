package org.chorus.query.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An approved, consented, redacted story as analysts see it. Carries nothing about the storyteller. */
public record StoryView(
        String id,
        String reference,
        @Nullable String title,
        @Nullable String narrative,
        String place,
        List<String> serviceAreas,
        List<String> themes,
        List<String> suggestedThemes,
        String feeling,
        String language,
        Instant submittedAt,
        @Nullable Instant approvedAt,
        @Nullable String campaignId,
        boolean quotable,
        List<Citation> citedBy,
        List<Response> responses) {

    /** A co-design session that cited the story as evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(String sessionId, @Nullable String decisionId) {
    }

    /** What an organisation said or did about the story. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(String organisation, String body, Instant at, @Nullable String decisionId,
            @Nullable String actionId) {
    }
}
