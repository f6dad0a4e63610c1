package org.chorus.query.insight;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which visible stories a feed or a theme count covers; null means no condition. Dates are Europe/London
 * calendar days of the approval, both inclusive; every word must be in the title or the narrative as word search reads
 * them (the story's language analyses both).
 */
public record StoryFilter(
        @Nullable String theme,
        @Nullable String place,
        @Nullable String serviceArea,
        @Nullable String feeling,
        @Nullable String campaignId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        List<String> words,
        boolean uncoded) {

    public StoryFilter {
        words = List.copyOf(words);
    }

    public static StoryFilter none() {
        return new StoryFilter(null, null, null, null, null, null, null, List.of(), false);
    }
}
