package org.chorus.query.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An approved, consented, redacted story as analysts see it. Carries nothing about the storyteller. {@code snippet}
 * is present only in a feed searched with words.
 */
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
        List<Response> responses,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Snippet snippet) {

    /** The same story with a passage showing where the searched words matched. */
    public StoryView withSnippet(Snippet found) {
        return new StoryView(id, reference, title, narrative, place, serviceAreas, themes, suggestedThemes, feeling,
                language, submittedAt, approvedAt, campaignId, quotable, citedBy, responses, found);
    }

    /** A co-design session that cited the story as evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Citation(String sessionId, @Nullable String decisionId) {
    }

    /**
     * A short passage of the narrative (or the title) as plain text, with where the searched words are in it: offsets
     * in UTF-16 code units, start inclusive, end exclusive, in order and not overlapping.
     */
    public record Snippet(String text, List<Highlight> highlights) {

        public Snippet {
            highlights = List.copyOf(highlights);
        }
    }

    /** One matched word in a snippet. */
    public record Highlight(int start, int end) {
    }

    /** What an organisation said or did about the story. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(String organisation, String body, Instant at, @Nullable String decisionId,
            @Nullable String actionId) {
    }
}
